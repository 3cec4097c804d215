package dev.quarry.it.evolution.v7;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;

/** A blog user at schema version 7. */
@Entity(table = "users")
public record User(
        @Id @GeneratedValue Long id,
        @Column(length = 100) String fullName,
        @Column(length = 255, unique = true) String email,
        UserStatus status) {
}
