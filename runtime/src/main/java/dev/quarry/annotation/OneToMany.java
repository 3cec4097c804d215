package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property is the collection of entities whose {@link ManyToOne} (or owning
 * {@link OneToOne}) property {@link #mappedBy} references this one: the inverse side of a
 * foreign key. Declare it as {@code List<Target>} or {@code Set<Target>}; it is loaded only when
 * a query asks for it ({@code .load(selectIn(USER.posts))}), and reading it unloaded throws
 * {@link dev.quarry.exception.RelationNotLoadedException}.
 *
 * <pre>{@code
 * @OneToMany(mappedBy = "author") List<Post> posts;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface OneToMany {
    /**
     * The {@link ManyToOne} property of the target entity that references this entity.
     *
     * @return the target's many-to-one property
     */
    String mappedBy();

    /**
     * What deleting or persisting this entity does to the related ones; nothing by default.
     *
     * @return the cascades
     */
    Cascade[] cascade() default {};
}
