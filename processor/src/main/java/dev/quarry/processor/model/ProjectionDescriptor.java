package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;

/**
 * A derived finder's projection: a user record whose components name entity properties, read
 * with {@code select(properties...)} and built through the record's canonical constructor.
 *
 * @param type       the record
 * @param properties the entity properties its components name, in component order
 */
public record ProjectionDescriptor(ClassName type, List<String> properties) {
    /** The most expressions the DSL's {@code select(...).into(...)} takes. */
    public static final int MAX_COMPONENTS = 6;

    public ProjectionDescriptor {
        Objects.requireNonNull(type, "type");
        properties = List.copyOf(properties);
    }
}
