package dev.quarry.it.stamped;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.CreatedAt;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.UpdatedAt;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** A record with an {@code OffsetDateTime} and a {@code LocalDateTime} timestamp, set in new instances. */
@Entity(table = "tickets")
public record Ticket(
        @Id @GeneratedValue Long id,
        @Column(length = 100) String title,
        @CreatedAt OffsetDateTime createdAt,
        @UpdatedAt LocalDateTime updatedAt) {

    /** A new ticket. */
    public Ticket(String title) {
        this(null, title, null, null);
    }

    /** The same ticket with another title. */
    public Ticket withTitle(String title) {
        return new Ticket(id, title, createdAt, updatedAt);
    }
}
