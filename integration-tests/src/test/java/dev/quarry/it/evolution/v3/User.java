package dev.quarry.it.evolution.v3;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;

/** A blog user at schema version 3. */
@Entity(table = "users")
public record User(
        @Id @GeneratedValue Long id,
        @Column(length = 100) String name,
        @Column(length = 255) String email,
        @Nullable @Column(length = 500) String bio,
        UserStatus status) {
}
