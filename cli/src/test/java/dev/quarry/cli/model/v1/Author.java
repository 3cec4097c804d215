package dev.quarry.cli.model.v1;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;

/** The first version of the end-to-end tests' model: authors with a name. */
@Entity(table = "authors")
public class Author {
    @Id @GeneratedValue Long id;
    @Column(length = 100) String name;

    Author() {
    }
}
