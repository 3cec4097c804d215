package com.example.entities;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.CreatedAt;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.UpdatedAt;
import java.time.Instant;

@Entity(table = "drafts")
public class Draft {
    @Id @GeneratedValue Long id;
    @Column(length = 200) String title;
    @CreatedAt Instant createdAt;             // set by Quarry on insert
    @UpdatedAt Instant updatedAt;             // set by Quarry on insert and on every update

    Draft() {                                 // for the generated mapper
    }

    public Draft(String title) {
        this.title = title;
    }

    public Long id() { return id; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    public void retitle(String title) { this.title = title; }
}
