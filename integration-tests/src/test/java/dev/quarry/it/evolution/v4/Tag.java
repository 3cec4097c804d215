package dev.quarry.it.evolution.v4;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;

/** A tag posts carry, at schema version 4. */
@Entity(table = "tags")
public record Tag(@Id @GeneratedValue Long id, @Column(length = 50, unique = true) String name) {
}
