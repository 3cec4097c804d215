package com.example;

import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;

@Entity(table = "posts")
public record Post(@Id @GeneratedValue long id, String title, @ForeignKey(User.class) long authorId) {
}
