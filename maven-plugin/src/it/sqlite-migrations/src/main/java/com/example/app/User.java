package com.example.app;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;

@Entity(table = "users")
public class User {
    @Id @GeneratedValue Long id;
    @Column(length = 100) String name;
    @Column(length = 255, unique = true) String email;
    @Nullable @Column(length = 500) String bio;

    User() {
    }
}
