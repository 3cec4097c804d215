package dev.quarry.it;

import static dev.quarry.it.model.Tables.ALL_TYPES;
import static dev.quarry.it.model.Tables.USER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quarry.it.model.AllTypes;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.testing.DatabaseExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every supported type is written and read back exactly, through insert, get, select, update and
 * conditions; decimals on SQLite as exactly as SQLite keeps them (see {@link DecimalTests}).
 */
abstract class TypesTests extends DialectTests {
    /** Strings that break naive SQL building: quotes, statement separators, comment markers, backslashes, wildcards. */
    static final List<String> HOSTILE_STRINGS = List.of(
            "O'Brien",
            "'; DROP TABLE users; --",
            "\"quoted\" identifier\"",
            "/* not a comment */ -- nor this",
            "back\\slash \\' \\\\ \\n",
            "percent % and under_score",
            "?, ?::text, $1, :name",
            "line\nbreak\ttab\rreturn",
            "");

    static final String UNICODE = "Zoë Ñandú — 日本語 Ελληνικά العربية 🐘🚀 \u00a0 e\u0301";

    protected TypesTests(DatabaseExtension database) {
        super(database);
    }

    /** A row with the extreme values of every type. */
    static AllTypes extremes(long id) {
        AllTypes row = new AllTypes();
        row.id = id;
        row.primitiveBoolean = true;
        row.requiredBoolean = false;
        row.optionalBoolean = true;
        row.primitiveShort = Short.MIN_VALUE;
        row.requiredShort = Short.MAX_VALUE;
        row.optionalShort = (short) -1;
        row.primitiveInt = Integer.MIN_VALUE;
        row.requiredInt = Integer.MAX_VALUE;
        row.optionalInt = 0;
        row.primitiveLong = Long.MIN_VALUE;
        row.requiredLong = Long.MAX_VALUE;
        row.optionalLong = -1L;
        row.primitiveFloat = Float.MAX_VALUE;
        row.requiredFloat = 0.1f;
        row.optionalFloat = -Float.MIN_NORMAL;
        row.primitiveDouble = Double.MAX_VALUE;
        row.requiredDouble = Math.PI;
        row.optionalDouble = -Double.MIN_NORMAL;
        row.money = new BigDecimal("-99999999.9999");
        row.optionalMoney = new BigDecimal("0.0001");
        row.anyDecimal = new BigDecimal("123456789012345678901234567890.123456789012345678901234567890");
        row.text = UNICODE;
        row.optionalText = "'; DROP TABLE all_types; --";
        row.shortText = "x".repeat(40);
        row.bytes = allByteValues();
        row.optionalBytes = new byte[0];
        row.uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        row.optionalUuid = new UUID(-1L, -1L);
        row.localDate = LocalDate.of(1582, 10, 4);
        row.optionalLocalDate = LocalDate.of(9999, 12, 31);
        row.localTime = LocalTime.of(23, 59, 59, 999_999_000);
        row.optionalLocalTime = LocalTime.MIDNIGHT;
        row.localDateTime = LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000);
        row.optionalLocalDateTime = LocalDateTime.of(1900, 1, 1, 0, 0, 0, 1_000);
        row.instant = Instant.parse("1969-07-20T20:17:40.000001Z");
        row.optionalInstant = Instant.parse("2038-01-19T03:14:08.999999Z");
        row.offsetDateTime = OffsetDateTime.parse("2024-06-30T23:59:59.654321+05:30");
        row.optionalOffsetDateTime = OffsetDateTime.parse("2000-01-01T00:00:00-08:00");
        row.status = UserStatus.SUSPENDED;
        row.optionalStatus = UserStatus.DELETED;
        return row;
    }

    /** A row with ordinary values and every nullable column {@code null}. */
    static AllTypes withNulls(long id) {
        AllTypes row = new AllTypes();
        row.id = id;
        row.primitiveBoolean = false;
        row.requiredBoolean = true;
        row.primitiveShort = 7;
        row.requiredShort = 8;
        row.primitiveInt = 9;
        row.requiredInt = 10;
        row.primitiveLong = 11L;
        row.requiredLong = 12L;
        row.primitiveFloat = 1.5f;
        row.requiredFloat = -2.25f;
        row.primitiveDouble = 1e-300;
        row.requiredDouble = -0.5;
        row.money = new BigDecimal("12345678.1234");
        row.text = "";
        row.shortText = "short";
        row.bytes = new byte[] {0, 1, 2};
        row.uuid = UUID.fromString("00000000-0000-0000-0000-000000000000");
        row.localDate = LocalDate.of(1970, 1, 1);
        row.localTime = LocalTime.of(0, 0, 0, 1_000);
        row.localDateTime = LocalDateTime.of(1970, 1, 1, 0, 0);
        row.instant = Instant.EPOCH;
        row.offsetDateTime = OffsetDateTime.of(2020, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        row.status = UserStatus.ACTIVE;
        return row;
    }

    private static byte[] allByteValues() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    /** Asserts that {@code actual} holds what {@code expected} held when written; offsets come back as UTC. */
    void assertSameValues(AllTypes expected, AllTypes actual) {
        assertSameValues(database.kind(), expected, actual);
    }

    /** {@link #assertSameValues(AllTypes, AllTypes)} on PostgreSQL or (decimals as kept there) SQLite. */
    static void assertSameValues(DatabaseExtension.Kind kind, AllTypes expected, AllTypes actual) {
        assertEquals(expected.id, actual.id, "id");
        assertEquals(expected.primitiveBoolean, actual.primitiveBoolean, "primitiveBoolean");
        assertEquals(expected.requiredBoolean, actual.requiredBoolean, "requiredBoolean");
        assertEquals(expected.optionalBoolean, actual.optionalBoolean, "optionalBoolean");
        assertEquals(expected.primitiveShort, actual.primitiveShort, "primitiveShort");
        assertEquals(expected.requiredShort, actual.requiredShort, "requiredShort");
        assertEquals(expected.optionalShort, actual.optionalShort, "optionalShort");
        assertEquals(expected.primitiveInt, actual.primitiveInt, "primitiveInt");
        assertEquals(expected.requiredInt, actual.requiredInt, "requiredInt");
        assertEquals(expected.optionalInt, actual.optionalInt, "optionalInt");
        assertEquals(expected.primitiveLong, actual.primitiveLong, "primitiveLong");
        assertEquals(expected.requiredLong, actual.requiredLong, "requiredLong");
        assertEquals(expected.optionalLong, actual.optionalLong, "optionalLong");
        assertEquals(expected.primitiveFloat, actual.primitiveFloat, "primitiveFloat");
        assertEquals(expected.requiredFloat, actual.requiredFloat, "requiredFloat");
        assertEquals(expected.optionalFloat, actual.optionalFloat, "optionalFloat");
        assertEquals(expected.primitiveDouble, actual.primitiveDouble, "primitiveDouble");
        assertEquals(expected.requiredDouble, actual.requiredDouble, "requiredDouble");
        assertEquals(expected.optionalDouble, actual.optionalDouble, "optionalDouble");
        if (kind == DatabaseExtension.Kind.POSTGRES) {
            assertEquals(expected.money, actual.money, "money (value and scale)");
            assertEquals(expected.optionalMoney, actual.optionalMoney, "optionalMoney (value and scale)");
            assertEquals(expected.anyDecimal, actual.anyDecimal, "anyDecimal (value and scale)");
        } else if (kind == DatabaseExtension.Kind.MARIADB) {
            assertEquals(expected.money, actual.money, "money (value and scale)");
            assertEquals(expected.optionalMoney, actual.optionalMoney, "optionalMoney (value and scale)");
            // a decimal without a precision is DECIMAL(65, 30): every digit of the value, at scale 30
            assertEquals(expected.anyDecimal == null ? null : expected.anyDecimal.setScale(30), actual.anyDecimal,
                    "anyDecimal (value, at scale 30)");
        } else {
            assertSqliteDecimal(expected.money, actual.money, "money");
            assertSqliteDecimal(expected.optionalMoney, actual.optionalMoney, "optionalMoney");
            assertSqliteDecimal(expected.anyDecimal, actual.anyDecimal, "anyDecimal");
        }
        assertEquals(expected.text, actual.text, "text");
        assertEquals(expected.optionalText, actual.optionalText, "optionalText");
        assertEquals(expected.shortText, actual.shortText, "shortText");
        assertArrayEquals(expected.bytes, actual.bytes, "bytes");
        assertArrayEquals(expected.optionalBytes, actual.optionalBytes, "optionalBytes");
        assertEquals(expected.uuid, actual.uuid, "uuid");
        assertEquals(expected.optionalUuid, actual.optionalUuid, "optionalUuid");
        assertEquals(expected.localDate, actual.localDate, "localDate");
        assertEquals(expected.optionalLocalDate, actual.optionalLocalDate, "optionalLocalDate");
        assertEquals(expected.localTime, actual.localTime, "localTime");
        assertEquals(expected.optionalLocalTime, actual.optionalLocalTime, "optionalLocalTime");
        assertEquals(expected.localDateTime, actual.localDateTime, "localDateTime");
        assertEquals(expected.optionalLocalDateTime, actual.optionalLocalDateTime, "optionalLocalDateTime");
        assertEquals(expected.instant, actual.instant, "instant");
        assertEquals(expected.optionalInstant, actual.optionalInstant, "optionalInstant");
        assertEquals(utc(expected.offsetDateTime), actual.offsetDateTime, "offsetDateTime (same instant, in UTC)");
        assertEquals(utc(expected.optionalOffsetDateTime), actual.optionalOffsetDateTime,
                "optionalOffsetDateTime (same instant, in UTC)");
        assertEquals(expected.status, actual.status, "status");
        assertEquals(expected.optionalStatus, actual.optionalStatus, "optionalStatus");
    }

    /**
     * SQLite keeps a decimal's value, not its scale, when it is a whole number in the 64-bit range or
     * has at most 15 significant digits; otherwise the nearest double.
     */
    private static void assertSqliteDecimal(BigDecimal expected, BigDecimal actual, String column) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, column);
            return;
        }
        boolean kept = expected.stripTrailingZeros().precision() <= 15
                || expected.signum() == 0 || expected.stripTrailingZeros().scale() <= 0
                && expected.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
        if (kept) {
            assertEquals(0, expected.compareTo(actual), () -> column + ": " + expected + " came back as " + actual);
        } else {
            assertEquals(expected.doubleValue(), actual.doubleValue(), () -> column + ": " + expected
                    + " came back as " + actual + ", not the nearest double");
            assertEquals(true, actual.stripTrailingZeros().precision() <= 17, () -> column + ": " + actual
                    + " has at most 17 significant digits");
        }
    }

    private static OffsetDateTime utc(OffsetDateTime value) {
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    @Test
    void extremeValuesRoundTrip() {
        AllTypes written = extremes(1);
        db().insert(ALL_TYPES, written);
        assertSameValues(extremes(1), db().get(ALL_TYPES, 1L).orElseThrow());
    }

    @Test
    void nullsRoundTrip() {
        db().insert(ALL_TYPES, withNulls(2));
        AllTypes read = db().get(ALL_TYPES, 2L).orElseThrow();
        assertSameValues(withNulls(2), read);
        assertNull(read.optionalBoolean);
        assertNull(read.optionalBytes);
        assertNull(read.optionalOffsetDateTime);
        assertNull(read.optionalStatus);
        assertEquals(1, database.number("SELECT count(*) FROM all_types WHERE optional_text IS NULL AND optional_uuid IS NULL"
                + " AND optional_instant IS NULL AND optional_money IS NULL AND any_decimal IS NULL"));
    }

    @Test
    void manyRowsRoundTripThroughInsertAllAndSelect() {
        db().insertAll(ALL_TYPES, List.of(extremes(10), withNulls(11), extremes(12)));
        List<AllTypes> read = db().select(ALL_TYPES).orderBy(ALL_TYPES.id.asc()).fetch();
        assertEquals(3, read.size());
        assertSameValues(extremes(10), read.get(0));
        assertSameValues(withNulls(11), read.get(1));
        assertSameValues(extremes(12), read.get(2));
    }

    @Test
    void valuesOfEveryTypeMatchInConditions() {
        db().insertAll(ALL_TYPES, List.of(extremes(1), withNulls(2)));
        AllTypes x = extremes(1);
        assertEquals(List.of(1L), ids(db().select(ALL_TYPES).where(ALL_TYPES.primitiveLong.eq(Long.MIN_VALUE))
                .where(ALL_TYPES.requiredShort.eq(Short.MAX_VALUE))
                .where(ALL_TYPES.primitiveBoolean.eq(true))
                .where(ALL_TYPES.money.eq(x.money))
                .where(ALL_TYPES.anyDecimal.eq(x.anyDecimal))
                .where(ALL_TYPES.text.eq(UNICODE))
                .where(ALL_TYPES.uuid.eq(x.uuid))
                .where(ALL_TYPES.localDate.eq(x.localDate))
                .where(ALL_TYPES.localTime.eq(x.localTime))
                .where(ALL_TYPES.localDateTime.eq(x.localDateTime))
                .where(ALL_TYPES.instant.eq(x.instant))
                .where(ALL_TYPES.offsetDateTime.eq(x.offsetDateTime))
                .where(ALL_TYPES.status.eq(UserStatus.SUSPENDED))
                .fetch()));
        assertEquals(List.of(2L), ids(db().select(ALL_TYPES).where(ALL_TYPES.instant.lt(Instant.parse("1970-01-01T00:00:00.000001Z")))
                .where(ALL_TYPES.instant.gt(x.instant)).fetch()));
        assertEquals(List.of(1L), ids(db().select(ALL_TYPES).where(ALL_TYPES.localDate.lt(LocalDate.of(1600, 1, 1))).fetch()));
        assertEquals(List.of(2L), ids(db().select(ALL_TYPES).where(ALL_TYPES.money.gt(BigDecimal.ZERO)).fetch()));
        assertEquals(List.of(1L), ids(db().select(ALL_TYPES)
                .where(ALL_TYPES.offsetDateTime.eq(x.offsetDateTime.withOffsetSameInstant(ZoneOffset.ofHours(-3)))).fetch()));
    }

    @Test
    void updateWritesEveryTypeExactly() {
        db().insert(ALL_TYPES, withNulls(3));
        AllTypes x = extremes(3);
        int updated = db().update(ALL_TYPES)
                .set(ALL_TYPES.optionalBoolean, x.optionalBoolean)
                .set(ALL_TYPES.optionalShort, x.optionalShort)
                .set(ALL_TYPES.optionalInt, x.optionalInt)
                .set(ALL_TYPES.optionalLong, x.optionalLong)
                .set(ALL_TYPES.optionalFloat, x.optionalFloat)
                .set(ALL_TYPES.optionalDouble, x.optionalDouble)
                .set(ALL_TYPES.optionalMoney, x.optionalMoney)
                .set(ALL_TYPES.anyDecimal, x.anyDecimal)
                .set(ALL_TYPES.optionalText, x.optionalText)
                .set(ALL_TYPES.optionalBytes, x.optionalBytes)
                .set(ALL_TYPES.optionalUuid, x.optionalUuid)
                .set(ALL_TYPES.optionalLocalDate, x.optionalLocalDate)
                .set(ALL_TYPES.optionalLocalTime, x.optionalLocalTime)
                .set(ALL_TYPES.optionalLocalDateTime, x.optionalLocalDateTime)
                .set(ALL_TYPES.optionalInstant, x.optionalInstant)
                .set(ALL_TYPES.optionalOffsetDateTime, x.optionalOffsetDateTime)
                .set(ALL_TYPES.optionalStatus, x.optionalStatus)
                .where(ALL_TYPES.id.eq(3L))
                .execute();
        assertEquals(1, updated);
        AllTypes expected = withNulls(3);
        expected.optionalBoolean = x.optionalBoolean;
        expected.optionalShort = x.optionalShort;
        expected.optionalInt = x.optionalInt;
        expected.optionalLong = x.optionalLong;
        expected.optionalFloat = x.optionalFloat;
        expected.optionalDouble = x.optionalDouble;
        expected.optionalMoney = x.optionalMoney;
        expected.anyDecimal = x.anyDecimal;
        expected.optionalText = x.optionalText;
        expected.optionalBytes = x.optionalBytes;
        expected.optionalUuid = x.optionalUuid;
        expected.optionalLocalDate = x.optionalLocalDate;
        expected.optionalLocalTime = x.optionalLocalTime;
        expected.optionalLocalDateTime = x.optionalLocalDateTime;
        expected.optionalInstant = x.optionalInstant;
        expected.optionalOffsetDateTime = x.optionalOffsetDateTime;
        expected.optionalStatus = x.optionalStatus;
        assertSameValues(expected, db().get(ALL_TYPES, 3L).orElseThrow());

        assertEquals(1, db().update(ALL_TYPES).set(ALL_TYPES.optionalUuid, null).set(ALL_TYPES.optionalBytes, null)
                .where(ALL_TYPES.id.eq(3L)).execute());
        AllTypes cleared = db().get(ALL_TYPES, 3L).orElseThrow();
        assertNull(cleared.optionalUuid);
        assertNull(cleared.optionalBytes);
    }

    @Test
    void hostileAndUnicodeStringsAreStoredVerbatim() {
        int n = 0;
        for (String hostile : HOSTILE_STRINGS) {
            n++;
            User user = db().insert(USER, new User(hostile, "user" + n + "@example.com", n, UserStatus.ACTIVE).withBio(hostile));
            User read = db().get(USER, user.id).orElseThrow();
            assertEquals(hostile, read.name);
            assertEquals(hostile, read.bio);
            assertEquals(List.of(user.id), db().select(USER).where(USER.name.eq(hostile)).fetch().stream().map(u -> u.id).toList(),
                    () -> "select by " + hostile);
        }
        User unicode = db().insert(USER, new User(UNICODE, "ünï@example.com", 1, UserStatus.ACTIVE));
        assertEquals(UNICODE, db().select(USER).where(USER.email.eq("ünï@example.com")).one().name);
        assertEquals(UNICODE, database.strings("SELECT name FROM users WHERE id = ?", unicode.id).get(0));
        assertEquals(HOSTILE_STRINGS.size() + 1, db().select(USER).count());
        assertEquals(HOSTILE_STRINGS.size() + 1, database.number("SELECT count(*) FROM users"), "no statement was cut short");
    }

    private static List<Long> ids(List<AllTypes> rows) {
        return rows.stream().map(row -> row.id).toList();
    }
}
