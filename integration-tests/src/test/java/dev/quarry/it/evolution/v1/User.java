package dev.quarry.it.evolution.v1;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;

/** A blog user at schema version 1. */
@Entity(table = "users")
public record User(
        @Id @GeneratedValue Long id,
        @Column(length = 100) String name,
        @Column(length = 255) String email,
        UserStatus status) {
}
