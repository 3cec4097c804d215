package dev.quarry.processor.model;

/**
 * The kinds of column values, named like the runtime's {@code dev.quarry.spi.ValueType}
 * constants, with the naming of the matching {@code RowReader}/{@code ParameterBinder} methods.
 */
public enum ValueKind {
    BOOLEAN("Boolean", true),
    SHORT("Short", true),
    INT("Int", true),
    LONG("Long", true),
    FLOAT("Float", true),
    DOUBLE("Double", true),
    DECIMAL("BigDecimal", false),
    STRING("String", false),
    BYTES("Bytes", false),
    UUID("Uuid", false),
    LOCAL_DATE("LocalDate", false),
    LOCAL_TIME("LocalTime", false),
    LOCAL_DATE_TIME("LocalDateTime", false),
    INSTANT("Instant", false),
    OFFSET_DATE_TIME("OffsetDateTime", false),
    ENUM("Enum", false);

    private final String accessorSuffix;
    private final boolean primitive;

    ValueKind(String accessorSuffix, boolean primitive) {
        this.accessorSuffix = accessorSuffix;
        this.primitive = primitive;
    }

    /** The suffix of the reader and binder methods: {@code getLong}/{@code setLong}. */
    public String accessorSuffix() {
        return accessorSuffix;
    }

    /** Whether the kind has a primitive Java form (and so {@code ...OrNull} accessors for the boxed form). */
    public boolean hasPrimitiveForm() {
        return primitive;
    }

    /** Whether the kind is an integer type a database can generate ({@code int} or {@code long}). */
    public boolean isGeneratable() {
        return this == INT || this == LONG;
    }
}
