package dev.quarry.processor.model;

import java.util.Objects;

/**
 * How generated code reads or writes one property: through the field, or through a method
 * (a getter or record accessor, or a setter).
 *
 * @param kind the way in
 * @param name the field or method name
 */
public record Access(Kind kind, String name) {

    /** The two ways in. */
    public enum Kind {
        FIELD,
        METHOD
    }

    public Access {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static Access field(String name) {
        return new Access(Kind.FIELD, name);
    }

    public static Access method(String name) {
        return new Access(Kind.METHOD, name);
    }
}
