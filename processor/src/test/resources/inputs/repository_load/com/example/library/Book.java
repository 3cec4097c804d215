package com.example.library;

import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.ManyToOne;
import dev.quarry.relation.Ref;

@Entity(table = "books")
public record Book(
        @Id @GeneratedValue long id,
        String title,
        @ForeignKey(Author.class) long authorId,
        @ManyToOne(joinColumn = "authorId") Ref<Author> author) {
}
