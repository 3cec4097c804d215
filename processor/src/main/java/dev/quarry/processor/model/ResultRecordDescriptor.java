package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Objects;

/**
 * The user record a {@code @Query} method's rows are read into: each component is read from the
 * select list item of its name, by position, and passed to the canonical constructor.
 *
 * @param type       the record
 * @param components its components, in declaration (constructor) order
 */
public record ResultRecordDescriptor(ClassName type, List<Component> components) {

    public ResultRecordDescriptor {
        Objects.requireNonNull(type, "type");
        components = List.copyOf(components);
    }

    /**
     * One record component.
     *
     * @param name   the component name
     * @param type   its declared type
     * @param kind   how it is read
     * @param index  the 1-based position of its select list item
     */
    public record Component(String name, TypeName type, ValueKind kind, int index) {
        public Component {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(kind, "kind");
        }
    }
}
