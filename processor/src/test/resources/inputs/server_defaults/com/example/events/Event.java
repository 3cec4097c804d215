package com.example.events;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import java.time.Instant;

@Entity(table = "events")
public record Event(
        @Id @GeneratedValue long id,
        String name,
        @Column(serverDefault = "CURRENT_TIMESTAMP") Instant createdAt,
        @Column(serverDefault = "0") Integer attempts,
        @Nullable @Column(serverDefault = "'none'") String note) {
}
