package com.example.library;

import dev.quarry.Database;
import dev.quarry.query.Load;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.Slice;
import dev.quarry.session.Session;
import dev.quarry.spi.AbstractCrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * Implementation of {@link AuthorRepository}, generated from its method names.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class AuthorRepository_Impl extends AbstractCrudRepository<Author, Long> implements AuthorRepository {
    private static final Author_ AUTHOR = Author_.AUTHOR;

    /**
     * Creates the repository over {@code database}; calls join the caller's transaction.
     */
    public AuthorRepository_Impl(Database database) {
        super(database, AUTHOR);
    }

    /**
     * Creates the repository in {@code session}: reads go through its identity map, saves and
     * deletes are sent by its flush.
     */
    public AuthorRepository_Impl(Session session) {
        super(session, AUTHOR);
    }

    @Override
    public long countByNameStartingWith(String prefix) {
        return select()
                .where(AUTHOR.name.like(prefix + "%"))
                .count();
    }

    @Override
    public List<Author> findAllByOrderByIdAsc(Load<Author, Book> books) {
        return select()
                .orderBy(AUTHOR.id.asc())
                .load(books)
                .fetch();
    }

    @Override
    public Slice<Author> findByIdGreaterThanOrderByIdAsc(long id, PageRequest page, Load<Author, ?> load) {
        return slice(select()
                .where(AUTHOR.id.gt(id))
                .orderBy(AUTHOR.id.asc())
                .load(load), page);
    }

    @Override
    public Optional<Author> findByName(String name, Load<Author, ?> load) {
        return select()
                .where(AUTHOR.name.eq(name))
                .load(load)
                .findOne();
    }

    @Override
    public Page<Author> findByNameNot(String name, PageRequest page, Load<Author, ?> load) {
        return page(select()
                .where(AUTHOR.name.ne(name))
                .load(load), page);
    }

    @Override
    public List<Author> findByNameStartingWithOrderByNameAsc(String prefix, Load<Author, ?> load) {
        return select()
                .where(AUTHOR.name.like(prefix + "%"))
                .orderBy(AUTHOR.name.asc())
                .load(load)
                .fetch();
    }

    @Override
    public List<Author> findTop3ByNameContaining(Load<Author, ?> first, String part,
            Load<Author, ?> second) {
        return select()
                .where(AUTHOR.name.like("%" + part + "%"))
                .limit(3)
                .load(first)
                .load(second)
                .fetch();
    }

    @Override
    public Author getByName(String name, Load<Author, ?> load) {
        return select()
                .where(AUTHOR.name.eq(name))
                .load(load)
                .one();
    }

    @Override
    public Stream<Author> streamByNameStartingWith(String prefix) {
        return select()
                .where(AUTHOR.name.like(prefix + "%"))
                .stream();
    }
}
