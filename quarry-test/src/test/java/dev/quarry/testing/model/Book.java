package dev.quarry.testing.model;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;

/**
 * A book: its foreign key makes the extension create {@code authors} first and empty it last.
 *
 * @param id       the generated key; {@code null} before insert
 * @param authorId the {@link Author}
 * @param title    the title
 */
@Entity(table = "books")
public record Book(@Id @GeneratedValue Long id, @ForeignKey(Author.class) long authorId,
        @Column(length = 200) String title) {

    /** A new, not yet inserted book. */
    public static Book of(long authorId, String title) {
        return new Book(null, authorId, title);
    }
}
