package dev.quarry.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property is the entity this row references through one of its {@link ForeignKey}
 * columns. Declare it as {@link dev.quarry.relation.Ref Ref&lt;Target&gt;}: it is loaded only
 * when a query asks for it ({@code .load(selectIn(POST.author))} or {@code joined(...)}), and
 * reading it unloaded throws {@link dev.quarry.exception.RelationNotLoadedException} instead of
 * returning {@code null} or running a hidden query.
 *
 * <pre>{@code
 * @ForeignKey(User.class) long authorId;
 * @ManyToOne(joinColumn = "authorId") Ref<User> author;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ManyToOne {
    /**
     * The property holding the foreign key (a {@link ForeignKey} to the target entity). May be
     * left out when exactly one foreign-key property references the target.
     *
     * @return the foreign-key property, or {@code ""} to find it
     */
    String joinColumn() default "";
}
