package com.example.library;

import dev.quarry.annotation.Entity;
import dev.quarry.annotation.Id;

@Entity
public record Shelf(@Id String code, int capacity) {
    /** A nested entity: its metamodel is Shelf_Author_. */
    @Entity
    public static class Author {
        @Id Integer id;
        String name;
    }
}
