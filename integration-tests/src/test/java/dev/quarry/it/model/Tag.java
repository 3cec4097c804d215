package dev.quarry.it.model;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;

/** A tag: a class entity with a generated primitive {@code int} key and a unique name. */
@Entity
public class Tag {
    @Id
    @GeneratedValue
    public int id;

    @Column(length = 50, unique = true)
    public String name;

    /** For the generated mapper. */
    public Tag() {
    }

    /** A new tag. */
    public Tag(String name) {
        this.name = name;
    }
}
