package dev.quarry.internal.migration;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a PostgreSQL column type change can lose data or fail (a shorter varchar, text to
 * varchar, a smaller integer or float, less numeric precision or scale, another type family),
 * and the warning that says how.
 */
final class PostgresTypeChange {
    private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

    private PostgresTypeChange() {
    }

    /** A declared type read as a family with a rank (integers, floats) or size (strings, numerics). */
    private record Type(String family, int rank, int size, int scale) {
        static Type of(String declared) {
            String type = declared.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            Matcher sized = SIZED.matcher(type);
            String base = sized.matches() ? sized.group(1).trim() : type;
            int size = sized.matches() ? Integer.parseInt(sized.group(2)) : 0;
            int scale = sized.matches() && sized.group(3) != null ? Integer.parseInt(sized.group(3)) : 0;
            return switch (base) {
                case "smallint", "int2" -> new Type("integer", 1, 0, 0);
                case "integer", "int", "int4" -> new Type("integer", 2, 0, 0);
                case "bigint", "int8" -> new Type("integer", 3, 0, 0);
                case "real", "float4" -> new Type("float", 1, 0, 0);
                case "double precision", "float8" -> new Type("float", 2, 0, 0);
                case "numeric", "decimal" -> new Type("numeric", 0, size, scale);
                case "text", "varchar", "character varying" -> new Type("string", 0, size, 0);
                default -> new Type(type, 0, 0, 0);
            };
        }
    }

    /**
     * The warning for changing {@code column} from {@code from} to {@code to}, or {@code null}
     * when every value of the old type fits the new one.
     */
    static String warning(String column, String from, String to) {
        Type before = Type.of(from);
        Type after = Type.of(to);
        String change = column + " from " + from + " to " + to;
        if (!before.family().equals(after.family())) {
            return "WARNING: changes " + change + " (another type): a value that does not convert makes this step fail";
        }
        return switch (before.family()) {
            case "integer" -> after.rank() < before.rank()
                    ? "WARNING: narrows " + change + ": a value out of range makes this step fail"
                    : null;
            case "float" -> after.rank() < before.rank() ? "WARNING: narrows " + change + ": values lose precision" : null;
            case "string" -> narrower(before.size(), after.size())
                    ? "WARNING: narrows " + change + ": longer values are cut to " + after.size() + " characters"
                    : null;
            case "numeric" -> numericWarning(change, before, after);
            default -> null;
        };
    }

    private static String numericWarning(String change, Type before, Type after) {
        if (after.size() == 0) {
            return null;
        }
        boolean fewerDigits = before.size() == 0 || after.size() - after.scale() < before.size() - before.scale();
        boolean lessScale = before.size() == 0 || after.scale() < before.scale();
        if (!fewerDigits && !lessScale) {
            return null;
        }
        return "WARNING: narrows " + change + ": "
                + (lessScale ? "values are rounded to " + after.scale() + " decimal places" : "")
                + (lessScale && fewerDigits ? "; " : "")
                + (fewerDigits ? "a value that does not fit makes this step fail" : "");
    }

    /** Whether a size limit (0 for none) becomes smaller. */
    private static boolean narrower(int before, int after) {
        return after > 0 && (before == 0 || after < before);
    }
}
