package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property is the collection of entities linked to this one through a join table. Declare
 * it as {@code List<Target>} or {@code Set<Target>}.
 *
 * <p>The owning side describes the join table in one of two ways:
 * <ul>
 *   <li>{@link #joinTable} (and optionally its column names): Quarry generates the table into the
 *       schema, with a composite primary key of both columns and a cascading foreign key to each
 *       side;</li>
 *   <li>{@link #joinEntity}: an existing {@link Entity} with a {@link ForeignKey} to each side
 *       (named by {@link #joinColumn} and {@link #inverseJoinColumn} when ambiguous).</li>
 * </ul>
 * The inverse side only names the owning side's property in {@link #mappedBy}.
 *
 * <pre>{@code
 * // on Post
 * @ManyToMany(joinTable = "post_tags") Set<Tag> tags;
 * // on Tag
 * @ManyToMany(mappedBy = "tags") List<Post> posts;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ManyToMany {
    /**
     * The join table Quarry generates; by default {@code <table>_<property>}.
     *
     * @return the join table name, or {@code ""} for the default
     */
    String joinTable() default "";

    /**
     * An existing join entity, instead of a generated join table.
     *
     * @return the join entity class, or {@code void.class} for a generated join table
     */
    Class<?> joinEntity() default void.class;

    /**
     * The join table's column referencing this entity: a column name for a generated table
     * (by default {@code <entity>_<key>}, e.g. {@code post_id}), a property name of the join entity.
     *
     * @return the column or property, or {@code ""} for the default
     */
    String joinColumn() default "";

    /**
     * The join table's column referencing the target entity, named like {@link #joinColumn}.
     *
     * @return the column or property, or {@code ""} for the default
     */
    String inverseJoinColumn() default "";

    /**
     * On the inverse side: the owning side's {@code @ManyToMany} property of the target.
     *
     * @return the owning property, or {@code ""} on the owning side
     */
    String mappedBy() default "";
}
