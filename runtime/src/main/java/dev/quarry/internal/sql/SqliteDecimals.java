package dev.quarry.internal.sql;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.SQLDataException;

/**
 * Decimals in SQLite, which has no decimal type. Its numbers are 64-bit integers and 64-bit
 * floating-point values (doubles), and only these compare and sort as numbers against columns
 * of any affinity and against expressions of none ({@code AVG(...)}, arithmetic): text does
 * not. So a {@code BigDecimal} is bound as a number, DECIMAL columns have {@code NUMERIC}
 * affinity, and a value is kept
 * <ul>
 *   <li>exactly, as an INTEGER, when it is a whole number from {@code -2^63} to {@code 2^63 - 1}
 *       (any scale: {@code 10.00} is the integer 10);</li>
 *   <li>otherwise as the double nearest to it: exactly when it has at most 15 significant
 *       digits (and a magnitude between {@code 2.2250738585072014E-308} and
 *       {@code 1.7976931348623157E308}), rounded to 15 to 17 significant digits beyond that.</li>
 * </ul>
 * A value outside the range of a double is refused before the statement runs. Reading turns
 * an INTEGER or REAL back into the shortest decimal that identifies it: what was written with
 * at most 15 significant digits (or as a whole number in range) comes back equal by
 * {@code compareTo}, without trailing zeros. SQLite itself rounds text to a double not always
 * correctly (one unit in the last place off for some long inputs), which is one more reason to
 * bind Java's correctly rounded double rather than the text.
 */
final class SqliteDecimals {
    /** Doubles identify every decimal of this many significant digits. */
    private static final int EXACT_DIGITS = 15;
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private SqliteDecimals() {
    }

    /**
     * The number SQLite stores for {@code value}: a {@link Long} for a whole number in the
     * 64-bit range, else the nearest {@link Double}.
     *
     * @throws SQLDataException if the value is beyond the range of a double (SQLSTATE 22003)
     */
    static Number storageValue(BigDecimal value) throws SQLDataException {
        if (isWhole(value) && value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return value.longValue();
        }
        double nearest = value.doubleValue();
        if (Double.isInfinite(nearest) || nearest == 0.0) {
            throw new SQLDataException("SQLite cannot store the decimal " + value + " as a number: beyond the"
                    + " 64-bit integers it keeps numbers as doubles, whose magnitude is between 4.9E-324 and"
                    + " 1.7976931348623157E308. Round or rescale the value, or keep it in a String column", "22003");
        }
        return nearest;
    }

    private static boolean isWhole(BigDecimal value) {
        return value.scale() <= 0 || value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** The decimal of an INTEGER value. */
    static BigDecimal fromLong(long value) {
        return BigDecimal.valueOf(value);
    }

    /**
     * The shortest decimal that identifies a REAL value (so {@code 0.1}, not the double's exact
     * {@code 0.1000000000000000055511151231257827...}), without trailing zeros and with a scale
     * of at least 0; {@code null} for an infinity or NaN, which are not decimals.
     */
    static BigDecimal fromDouble(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        BigDecimal decimal = BigDecimal.valueOf(value);
        // Double.toString always identifies the double but, before Java 19, not always with the
        // fewest digits (17 where 16 or 15 do); a form of at most 15 digits is the shortest,
        // since no two decimals of 15 significant digits round to the same double.
        if (decimal.precision() > EXACT_DIGITS) {
            BigDecimal exact = new BigDecimal(value);
            for (int digits = EXACT_DIGITS; digits < decimal.precision(); digits++) {
                BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
                if (rounded.doubleValue() == value) {
                    decimal = rounded;
                    break;
                }
            }
        }
        return withoutTrailingZeros(decimal);
    }

    /** {@code 10.0} as {@code 10}, {@code 1.0E+20} as {@code 100000000000000000000}. */
    private static BigDecimal withoutTrailingZeros(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
