package com.example.library;

import static com.example.library.Author_.AUTHOR;
import static com.example.library.Book_.BOOK;
import static dev.quarry.query.Load.selectIn;

import dev.quarry.annotation.Repository;
import dev.quarry.query.Load;
import dev.quarry.repository.CrudRepository;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.Slice;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

@Repository
public interface AuthorRepository extends CrudRepository<Author, Long> {
    Optional<Author> findByName(String name, Load<Author, ?> load);

    Author getByName(String name, Load<Author, ?> load);

    List<Author> findByNameStartingWithOrderByNameAsc(String prefix, Load<Author, ?> load);

    List<Author> findTop3ByNameContaining(Load<Author, ?> first, String part, Load<Author, ?> second);

    List<Author> findAllByOrderByIdAsc(Load<Author, Book> books);

    Page<Author> findByNameNot(String name, PageRequest page, Load<Author, ?> load);

    Slice<Author> findByIdGreaterThanOrderByIdAsc(long id, PageRequest page, Load<Author, ?> load);

    Stream<Author> streamByNameStartingWith(String prefix);

    long countByNameStartingWith(String prefix);

    default List<Author> withBooksNewestFirst(String prefix) {
        return findByNameStartingWithOrderByNameAsc(prefix, selectIn(AUTHOR.books).orderBy(BOOK.id.desc()));
    }
}
