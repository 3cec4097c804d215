package dev.quarry.processor.util;

import dev.quarry.processor.model.ValueKind;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Classifies a property's Java type as a {@link ValueKind}, the contract's type mapping. */
public final class ValueKinds {
    /** The supported types, for error messages. */
    public static final String SUPPORTED = "boolean, short, int, long, float, double (or their boxed types), "
            + "java.math.BigDecimal, String, byte[], java.util.UUID, java.time.LocalDate, java.time.LocalTime, "
            + "java.time.LocalDateTime, java.time.Instant, java.time.OffsetDateTime, or an enum";

    private static final Map<String, ValueKind> DECLARED = Map.ofEntries(
            Map.entry("java.lang.Boolean", ValueKind.BOOLEAN),
            Map.entry("java.lang.Short", ValueKind.SHORT),
            Map.entry("java.lang.Integer", ValueKind.INT),
            Map.entry("java.lang.Long", ValueKind.LONG),
            Map.entry("java.lang.Float", ValueKind.FLOAT),
            Map.entry("java.lang.Double", ValueKind.DOUBLE),
            Map.entry("java.math.BigDecimal", ValueKind.DECIMAL),
            Map.entry("java.lang.String", ValueKind.STRING),
            Map.entry("java.util.UUID", ValueKind.UUID),
            Map.entry("java.time.LocalDate", ValueKind.LOCAL_DATE),
            Map.entry("java.time.LocalTime", ValueKind.LOCAL_TIME),
            Map.entry("java.time.LocalDateTime", ValueKind.LOCAL_DATE_TIME),
            Map.entry("java.time.Instant", ValueKind.INSTANT),
            Map.entry("java.time.OffsetDateTime", ValueKind.OFFSET_DATE_TIME));

    /** Types people reach for that have a supported replacement. */
    private static final Map<String, String> REPLACEMENTS = Map.ofEntries(
            Map.entry("java.util.Date", "java.time.Instant"),
            Map.entry("java.util.Calendar", "java.time.OffsetDateTime"),
            Map.entry("java.util.GregorianCalendar", "java.time.OffsetDateTime"),
            Map.entry("java.sql.Date", "java.time.LocalDate"),
            Map.entry("java.sql.Time", "java.time.LocalTime"),
            Map.entry("java.sql.Timestamp", "java.time.Instant or java.time.LocalDateTime"),
            Map.entry("java.time.ZonedDateTime", "java.time.OffsetDateTime"),
            Map.entry("java.math.BigInteger", "java.math.BigDecimal or long"),
            Map.entry("byte", "short"),
            Map.entry("java.lang.Byte", "Short"),
            Map.entry("char", "String"),
            Map.entry("java.lang.Character", "String"));

    private ValueKinds() {
    }

    /** The kind of a supported type; empty for any other type. */
    public static Optional<ValueKind> classify(TypeMirror type) {
        switch (type.getKind()) {
            case BOOLEAN:
                return Optional.of(ValueKind.BOOLEAN);
            case SHORT:
                return Optional.of(ValueKind.SHORT);
            case INT:
                return Optional.of(ValueKind.INT);
            case LONG:
                return Optional.of(ValueKind.LONG);
            case FLOAT:
                return Optional.of(ValueKind.FLOAT);
            case DOUBLE:
                return Optional.of(ValueKind.DOUBLE);
            case ARRAY:
                return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
                        ? Optional.of(ValueKind.BYTES)
                        : Optional.empty();
            case DECLARED:
                TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
                if (element.getKind() == ElementKind.ENUM) {
                    return Optional.of(ValueKind.ENUM);
                }
                return Optional.ofNullable(DECLARED.get(element.getQualifiedName().toString()));
            default:
                return Optional.empty();
        }
    }

    /** The supported type to use instead of an unsupported one, if there is an obvious one. */
    public static Optional<String> replacement(TypeMirror type) {
        return Optional.ofNullable(REPLACEMENTS.get(erasedName(type)));
    }

    /**
     * The qualified name of a type without type arguments or type annotations
     * ({@code int}, {@code byte[]}, {@code java.util.List}), for messages and lookups.
     */
    public static String erasedName(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED) {
            return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return erasedName(((ArrayType) type).getComponentType()) + "[]";
        }
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        return type.toString();
    }

    /**
     * A type as a reader would write it, with simple names: {@code List<Post>},
     * {@code Ref<User>}, {@code long}, {@code Post[]}; for messages.
     */
    public static String simpleName(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) type;
            String name = declared.asElement().getSimpleName().toString();
            if (declared.getTypeArguments().isEmpty()) {
                return name;
            }
            StringBuilder out = new StringBuilder(name).append('<');
            for (int i = 0; i < declared.getTypeArguments().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(simpleName(declared.getTypeArguments().get(i)));
            }
            return out.append('>').toString();
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return simpleName(((ArrayType) type).getComponentType()) + "[]";
        }
        if (type.getKind() == TypeKind.WILDCARD) {
            WildcardType wildcard = (WildcardType) type;
            if (wildcard.getExtendsBound() != null) {
                return "? extends " + simpleName(wildcard.getExtendsBound());
            }
            return wildcard.getSuperBound() != null ? "? super " + simpleName(wildcard.getSuperBound()) : "?";
        }
        return erasedName(type);
    }

    /** Whether {@code type} contains a type javac could not resolve (yet). */
    public static boolean isUnresolved(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return isUnresolved(((ArrayType) type).getComponentType());
        }
        if (type.getKind() == TypeKind.DECLARED) {
            for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
                if (isUnresolved(argument)) {
                    return true;
                }
            }
        }
        return false;
    }
}
