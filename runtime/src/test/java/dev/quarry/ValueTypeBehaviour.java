package dev.quarry;

import static dev.quarry.fixture.Sample_.SAMPLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quarry.fixture.Person;
import dev.quarry.fixture.Sample;
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

/** Every value type round-trips, compares and sorts; one subclass per dialect. */
abstract class ValueTypeBehaviour extends DatabaseTestBase {
    private static final Instant INSTANT = Instant.parse("2024-05-01T13:45:00.123456789Z");

    static Sample full(UUID id) {
        return new Sample(id, true, (short) 7, 42, 9_000_000_000L, 1.5f, 2.25, new BigDecimal("1234.500"), "héllo",
                new byte[] {1, 2, 3}, LocalDate.of(2024, 5, 1), LocalTime.of(13, 45, 0, 123_456_789),
                LocalDateTime.of(2024, 5, 1, 13, 45, 0, 123_456_789), INSTANT,
                OffsetDateTime.of(2024, 5, 1, 15, 45, 0, 123_456_789, ZoneOffset.ofHours(2)), Person.Status.BANNED);
    }

    static Sample empty(UUID id) {
        return new Sample(id, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void everyTypeRoundTrips() {
        UUID id = UUID.randomUUID();
        db.insert(SAMPLE, full(id));
        Sample read = db.get(SAMPLE, id).orElseThrow();
        assertEquals(id, read.id());
        assertEquals(Boolean.TRUE, read.flag());
        assertEquals((short) 7, read.small());
        assertEquals(42, read.number());
        assertEquals(9_000_000_000L, read.big());
        assertEquals(1.5f, read.real());
        assertEquals(2.25, read.dbl());
        assertEquals(0, new BigDecimal("1234.5").compareTo(read.amount()));
        assertEquals("héllo", read.text());
        assertArrayEquals(new byte[] {1, 2, 3}, read.data());
        assertEquals(LocalDate.of(2024, 5, 1), read.day());
        assertEquals(LocalTime.of(13, 45, 0, 123_456_000), read.time());
        assertEquals(LocalDateTime.of(2024, 5, 1, 13, 45, 0, 123_456_000), read.local());
        assertEquals(Instant.parse("2024-05-01T13:45:00.123456Z"), read.instant());
        assertEquals(OffsetDateTime.of(2024, 5, 1, 13, 45, 0, 123_456_000, ZoneOffset.UTC), read.offset(),
                "offset date-times come back in UTC, truncated to microseconds");
        assertEquals(Person.Status.BANNED, read.status());
    }

    @Test
    void nullsRoundTrip() {
        UUID id = UUID.randomUUID();
        db.insert(SAMPLE, empty(id));
        Sample read = db.get(SAMPLE, id).orElseThrow();
        assertEquals(empty(id).toString().replaceAll("data=[^,]*", ""), read.toString().replaceAll("data=[^,]*", ""));
        assertNull(read.data());
    }

    @Test
    void valuesCompareInQueries() {
        UUID first = new UUID(0, 1);
        UUID second = new UUID(0, 2);
        db.insertAll(SAMPLE, List.of(full(first), empty(second)));
        assertEquals(first, db.select(SAMPLE).where(SAMPLE.flag.eq(true)).one().id());
        assertEquals(first, db.select(SAMPLE).where(SAMPLE.id.eq(first)).one().id());
        assertEquals(first, db.select(SAMPLE).where(SAMPLE.instant.eq(INSTANT)).one().id(),
                "a bound instant is truncated the way the stored one was");
        assertEquals(first, db.select(SAMPLE).where(SAMPLE.instant.gt(INSTANT.minusMillis(1))).one().id());
        assertEquals(first, db.select(SAMPLE).where(SAMPLE.day.between(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31))).one().id());
        assertEquals(first, db.select(SAMPLE).where(SAMPLE.local.lt(LocalDateTime.of(2025, 1, 1, 0, 0))).one().id());
        assertEquals(first, db.select(SAMPLE).where(SAMPLE.offset.eq(full(first).offset())).one().id());
        assertEquals(first, db.select(SAMPLE).where(SAMPLE.status.in(List.of(Person.Status.BANNED))).one().id());
        assertEquals(first, db.select(SAMPLE).where(SAMPLE.amount.eq(new BigDecimal("1234.500"))).one().id());
        assertEquals(second, db.select(SAMPLE).where(SAMPLE.small.isNull()).one().id());
        assertEquals(List.of(second, first), db.select(SAMPLE).orderBy(SAMPLE.instant.asc().nullsFirst()).fetch()
                .stream().map(Sample::id).toList());
    }

    @Test
    void instantsSortInTimeOrder() {
        Instant[] instants = {Instant.parse("2024-05-01T13:45:00Z"), Instant.parse("2024-05-01T13:45:00.5Z"),
            Instant.parse("2023-12-31T23:59:59.999999Z"), Instant.parse("2024-05-01T09:00:00Z")};
        for (int i = 0; i < instants.length; i++) {
            db.insert(SAMPLE, new Sample(new UUID(0, i), null, null, null, null, null, null, null, null, null, null,
                    null, null, instants[i], null, null));
        }
        assertEquals(List.of(instants[2], instants[3], instants[0], instants[1]),
                db.select(SAMPLE).orderBy(SAMPLE.instant.asc()).fetch().stream().map(Sample::instant).toList());
    }
}
