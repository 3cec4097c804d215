package dev.quarry.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.SQLDataException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What SQLite stores for a decimal, and the decimal read back from what it stores. */
class SqliteDecimalsTest {
    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void wholeNumbersInTheLongRangeAreIntegersWhateverTheirScale() throws SQLDataException {
        assertEquals(10L, SqliteDecimals.storageValue(d("10")));
        assertEquals(10L, SqliteDecimals.storageValue(d("10.00")));
        assertEquals(1000L, SqliteDecimals.storageValue(d("1E+3")));
        assertEquals(0L, SqliteDecimals.storageValue(d("0.000")));
        assertEquals(0L, SqliteDecimals.storageValue(d("0E+5")));
        assertEquals(-42L, SqliteDecimals.storageValue(d("-42.0")));
        assertEquals(Long.MAX_VALUE, SqliteDecimals.storageValue(d("9223372036854775807")));
        assertEquals(Long.MIN_VALUE, SqliteDecimals.storageValue(d("-9223372036854775808.000")));
        assertEquals(9_007_199_254_740_993L, SqliteDecimals.storageValue(d("9007199254740993")),
                "2^53 + 1 is kept exactly, which no double could");
    }

    @Test
    void everythingElseIsTheNearestDouble() throws SQLDataException {
        assertEquals(9.5, SqliteDecimals.storageValue(d("9.5")));
        assertEquals(0.1, SqliteDecimals.storageValue(d("0.1")));
        assertEquals(-99999999.9999, SqliteDecimals.storageValue(d("-99999999.9999")));
        assertEquals(9.223372036854775808E18, SqliteDecimals.storageValue(d("9223372036854775808")),
                "one past the long range");
        assertEquals(1.2345678901234568E29, SqliteDecimals.storageValue(
                d("123456789012345678901234567890.123456789012345678901234567890")));
        assertEquals(1E-300, SqliteDecimals.storageValue(d("1E-300")));
    }

    @Test
    void valuesBeyondTheRangeOfADoubleAreRefusedWithTheReason() {
        for (String value : new String[] {"1E+400", "-2E+308", "1E-400"}) {
            SQLDataException thrown = assertThrows(SQLDataException.class, () -> SqliteDecimals.storageValue(d(value)));
            assertEquals("22003", thrown.getSQLState());
            assertEquals("SQLite cannot store the decimal " + d(value) + " as a number: beyond the 64-bit integers"
                    + " it keeps numbers as doubles, whose magnitude is between 4.9E-324 and 1.7976931348623157E308."
                    + " Round or rescale the value, or keep it in a String column", thrown.getMessage());
        }
    }

    @Test
    void integersReadBackExactly() {
        assertEquals(d("10"), SqliteDecimals.fromLong(10));
        assertEquals(d("-9223372036854775808"), SqliteDecimals.fromLong(Long.MIN_VALUE));
    }

    @Test
    void realsReadBackAsTheirShortestDecimalWithoutTrailingZeros() {
        assertEquals(d("0.1"), SqliteDecimals.fromDouble(0.1), "not 0.1000000000000000055511151231257827...");
        assertEquals(d("9.5"), SqliteDecimals.fromDouble(9.5));
        assertEquals(d("10"), SqliteDecimals.fromDouble(10.0), "scale 0, not 10.0");
        assertEquals(d("0.0001"), SqliteDecimals.fromDouble(0.0001), "not 0.00010");
        assertEquals(d("1234.5"), SqliteDecimals.fromDouble(1234.5));
        assertEquals(d("100000000000000000000"), SqliteDecimals.fromDouble(1e20), "a whole number never has a negative scale");
        assertEquals(d("0"), SqliteDecimals.fromDouble(-0.0));
        assertEquals(d("0.30000000000000004"), SqliteDecimals.fromDouble(0.1 + 0.2), "a sum keeps its binary error");
        assertEquals(d("0.3333333333333333"), SqliteDecimals.fromDouble(1.0 / 3), "16 digits, not SQLite's own"
                + " 0.33333333333333332");
        assertEquals(d("-57661881956775490"), SqliteDecimals.fromDouble(-5.766188195677549E16),
                "shortest even where Java 17's Double.toString gives 17 digits");
        assertNull(SqliteDecimals.fromDouble(Double.POSITIVE_INFINITY));
        assertNull(SqliteDecimals.fromDouble(Double.NaN));
    }

    @Test
    void decimalsOfAtMostFifteenDigitsRoundTripExactly() throws SQLDataException {
        Random random = new Random(20240501);
        for (int i = 0; i < 20_000; i++) {
            int digits = 1 + random.nextInt(15);
            BigInteger unscaled = BigInteger.valueOf(random.nextLong() % BigInteger.TEN.pow(digits).longValueExact());
            BigDecimal written = new BigDecimal(unscaled, random.nextInt(580) - 290);
            Number stored = SqliteDecimals.storageValue(written);
            BigDecimal read = stored instanceof Long whole ? SqliteDecimals.fromLong(whole)
                    : SqliteDecimals.fromDouble(stored.doubleValue());
            assertEquals(0, written.compareTo(read), () -> written + " came back as " + read);
            assertTrue(read.scale() >= 0 && (read.scale() == 0 || read.unscaledValue().mod(BigInteger.TEN).signum() != 0),
                    () -> read + " has the smallest scale that holds it");
        }
    }

    @Test
    void longerDecimalsComeBackAsTheShortestFormOfTheirDouble() throws SQLDataException {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal written = new BigDecimal(new BigInteger(60 + random.nextInt(100), random), random.nextInt(60));
            Number stored = SqliteDecimals.storageValue(written);
            if (stored instanceof Long) {
                continue;
            }
            double nearest = stored.doubleValue();
            BigDecimal read = SqliteDecimals.fromDouble(nearest);
            assertEquals(nearest, read.doubleValue(), () -> read + " identifies the double " + nearest);
            int digits = read.stripTrailingZeros().precision();
            assertTrue(digits <= 17, () -> read + " has at most 17 significant digits");
            if (digits > 1) {
                BigDecimal shorter = new BigDecimal(nearest).round(new MathContext(digits - 1,
                        RoundingMode.HALF_EVEN));
                assertTrue(shorter.doubleValue() != nearest, () -> shorter + " would have done for " + nearest);
            }
        }
    }
}
