package com.example;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.Transient;
import java.time.Instant;

@Entity(table = "users")
@Index(columns = {"name", "createdAt"})
public class User {
    @Id @GeneratedValue Long id;
    @Column(length = 100) String name;
    @Column(length = 255, unique = true) private String email;
    @Nullable @Column(length = 500) String bio;
    int age;
    @Column(serverDefault = "CURRENT_TIMESTAMP") Instant createdAt;
    Status status;
    @Transient String scratch;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
