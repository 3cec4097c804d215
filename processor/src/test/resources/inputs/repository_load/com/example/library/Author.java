package com.example.library;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.OneToMany;
import java.util.List;

@Entity(table = "authors")
public class Author {
    @Id @GeneratedValue Long id;
    @Column(length = 100) String name;
    @OneToMany(mappedBy = "author") List<Book> books;
}
