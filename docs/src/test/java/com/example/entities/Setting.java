package com.example.entities;

import dev.quarry.annotation.Entity;
import dev.quarry.annotation.Id;

/** An immutable class: built through its constructor, read through its getters. */
@Entity(table = "settings")
public final class Setting {
    @Id private final String name;
    private final String value;

    public Setting(String name, String value) {                 // every column, in declaration order
        this.name = name;
        this.value = value;
    }

    public String getName() { return name; }
    public String getValue() { return value; }
}
