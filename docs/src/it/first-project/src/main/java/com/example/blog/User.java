package com.example.blog;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import java.time.Instant;

@Entity(table = "users")
public class User {
    @Id @GeneratedValue Long id;
    @Column(length = 100) String name;
    @Column(length = 255, unique = true) String email;
    @Nullable @Column(length = 500) String bio;
    int age;
    @Column(serverDefault = "CURRENT_TIMESTAMP") Instant createdAt;

    User() {                                  // for the generated mapper
    }

    public User(String name, String email, int age) {
        this.name = name;
        this.email = email;
        this.age = age;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String email() { return email; }
    public String bio() { return bio; }
    public int age() { return age; }
    public Instant createdAt() { return createdAt; }
}
