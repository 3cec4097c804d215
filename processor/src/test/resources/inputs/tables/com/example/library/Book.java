package com.example.library;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;

@Entity
@Index(columns = "title", name = "book_titles")
@Index(columns = {"authorId", "isbn"}, unique = true)
public class Book {
    @Id @GeneratedValue int id;
    @Column(length = 200) String title;
    @Column(length = 13, unique = true) String isbn;
    @ForeignKey(Shelf.Author.class) @Column(index = true) Integer authorId;
}
