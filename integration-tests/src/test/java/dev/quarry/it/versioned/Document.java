package dev.quarry.it.versioned;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Version;

/** A versioned record: a boxed version left {@code null} on insert starts at 0. */
@Entity(table = "documents")
public record Document(@Id @GeneratedValue Long id, @Column(length = 100) String title, @Version Long version) {
    /** A new document. */
    public Document(String title) {
        this(null, title, null);
    }

    /** The same document with another title. */
    public Document withTitle(String title) {
        return new Document(id, title, version);
    }
}
