package dev.quarry.cli.model.v2;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;

/** The second version of the end-to-end tests' model: authors get a bio. */
@Entity(table = "authors")
public class Author {
    @Id @GeneratedValue Long id;
    @Column(length = 100) String name;
    @Nullable @Column(length = 500) String bio;

    Author() {
    }
}
