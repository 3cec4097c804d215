package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property is the one entity related to this one. The owning side names its foreign-key
 * property in {@link #joinColumn} (a unique {@link ForeignKey}); the inverse side names the
 * owning side's property in {@link #mappedBy}. Exactly one of the two is given. Declare it as
 * {@link dev.quarry.relation.Ref Ref&lt;Target&gt;}.
 *
 * <pre>{@code
 * // on Profile
 * @ForeignKey(User.class) @Column(unique = true) long userId;
 * @OneToOne(joinColumn = "userId") Ref<User> user;
 * // on User
 * @OneToOne(mappedBy = "user") Ref<Profile> profile;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface OneToOne {
    /**
     * On the owning side: the property holding the foreign key to the target.
     *
     * @return the foreign-key property, or {@code ""} on the inverse side
     */
    String joinColumn() default "";

    /**
     * On the inverse side: the owning side's {@code @OneToOne} property of the target.
     *
     * @return the owning property, or {@code ""} on the owning side
     */
    String mappedBy() default "";

    /**
     * What deleting or persisting this entity does to the related ones; nothing by default.
     *
     * @return the cascades
     */
    Cascade[] cascade() default {};
}
