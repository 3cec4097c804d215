package dev.quarry.it.stamped;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.CreatedAt;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.UpdatedAt;
import java.time.Instant;

/** A class with {@code Instant} timestamps, set in place. */
@Entity(table = "memos")
public class Memo {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 100)
    public String text;

    @CreatedAt
    public Instant createdAt;

    @UpdatedAt
    public Instant updatedAt;

    /** For the generated mapper. */
    public Memo() {
    }

    /** A new memo. */
    public Memo(String text) {
        this.text = text;
    }
}
