package com.example.blog;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;

@Entity(table = "users")
public class User {
    @Id @GeneratedValue Long id;
    @Column(length = 100) String name;
    int age;
}
