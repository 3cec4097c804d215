package com.example.entities;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One column of each type Quarry maps. */
@Entity(table = "readings")
public record Reading(
        @Id UUID id,
        boolean valid,
        short sensor,
        int count,
        long total,
        float ratio,
        double value,
        @Column(precision = 10, scale = 3) BigDecimal amount,
        @Column(length = 40) String label,
        byte[] raw,
        LocalDate day,
        LocalTime time,
        LocalDateTime localStamp,
        Instant instant,
        OffsetDateTime offsetStamp,
        Tier tier,
        @Nullable Double correction) {
}
