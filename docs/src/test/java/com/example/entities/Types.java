package com.example.entities;

// tag::imports[]
import static com.example.entities.Reading_.READING;

import dev.quarry.Database;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
// end::imports[]

/** Every mapped type, written and read back. */
public final class Types {
    private Types() {
    }

    // tag::round-trip[]
    public static Reading roundTrip(Database db) {
        Reading reading = new Reading(
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                true, (short) 7, 42, 9_000_000_000L, 0.5f, 2.25,
                new BigDecimal("1234.567"), "probe", new byte[] {1, 2, 3},
                LocalDate.of(2024, 5, 1), LocalTime.of(13, 45, 30),
                LocalDateTime.of(2024, 5, 1, 13, 45, 30, 123_456_000),
                Instant.parse("2024-05-01T11:45:30.123456Z"),
                OffsetDateTime.of(2024, 5, 1, 13, 45, 30, 0, ZoneOffset.ofHours(2)),
                Tier.GOLD, null);
        db.insert(READING, reading);
        return db.get(READING, reading.id()).orElseThrow();
    }
    // end::round-trip[]
}
