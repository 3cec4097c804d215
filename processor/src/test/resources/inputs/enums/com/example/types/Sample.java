package com.example.types;

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

/** One column of every supported type: primitive, boxed NOT NULL and boxed nullable forms, and enums. */
@Entity
public class Sample {
    /** A nested enum. */
    public enum Mood {
        CALM,
        GRUMPY
    }

    @Id UUID id;
    boolean flag;
    @Nullable Boolean maybeFlag;
    short small;
    Short boxedSmall;
    int count;
    @Column(nullable = true) Integer maybeCount;
    long big;
    @Nullable Long maybeBig;
    float ratio;
    @Nullable Float maybeRatio;
    double score;
    Double boxedScore;
    @Column(precision = 12) BigDecimal amount;
    @Column(name = "label_text") String label;
    byte[] payload;
    LocalDate day;
    LocalTime time;
    LocalDateTime localStamp;
    Instant instant;
    OffsetDateTime offsetStamp;
    Priority priority;
    @Nullable Mood mood;
}
