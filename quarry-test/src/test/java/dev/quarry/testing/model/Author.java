package dev.quarry.testing.model;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;

/**
 * An author of {@link Book}s.
 *
 * @param id   the generated key; {@code null} before insert
 * @param name the name
 */
@Entity(table = "authors")
public record Author(@Id @GeneratedValue Long id, @Column(length = 100) String name) {

    /** A new, not yet inserted author. */
    public static Author named(String name) {
        return new Author(null, name);
    }
}
