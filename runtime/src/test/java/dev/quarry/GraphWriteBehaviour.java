package dev.quarry;

import static dev.quarry.fixture.graph.Author_.AUTHOR;
import static dev.quarry.fixture.graph.Book_.BOOK;
import static dev.quarry.fixture.graph.Genre_.GENRE;
import static dev.quarry.fixture.graph.PlainAuthor_.PLAIN_AUTHOR;
import static dev.quarry.query.Load.selectIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.fixture.graph.Author;
import dev.quarry.fixture.graph.Book;
import dev.quarry.fixture.graph.Genre;
import dev.quarry.fixture.graph.GraphTables;
import dev.quarry.fixture.graph.PlainAuthor_;
import dev.quarry.relation.Ref;
import dev.quarry.testing.jdbc.CountingDriver;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Writing object graphs, once per dialect: persist inserts new related entities in foreign-key
 * order with keys propagated, links and unlinks many-to-many pairs and deletes orphans; remove
 * cascades deletes; all in one transaction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GraphWriteBehaviour {
    private Database db;

    protected abstract String url();

    @BeforeEach
    void freshSchema() {
        if (db == null) {
            CountingDriver.install();
            db = Database.builder(url()).maximumPoolSize(2).minimumIdle(0).connect();
        }
        Schema schema = db.schema(GraphTables.ALL);
        schema.dropAll();
        schema.createAll();
    }

    @AfterEach
    void noLeaks() {
        assertEquals(0, db.poolStats().active());
    }

    @AfterAll
    void close() {
        db.close();
    }

    private long count(String table) {
        return db.text("select count(*) from " + table).as(Long.class).one();
    }

    @Test
    void aNewAuthorWithNewBooksIsInsertedParentFirstWithItsKeyPropagated() {
        Author author = new Author("Ursula");
        author.books = new ArrayList<>(List.of(Book.of(0, "A Wizard of Earthsea", 1968),
                Book.of(0, "The Dispossessed", 1974)));
        Author saved;
        try (StatementCount count = JdbcStatements.count()) {
            saved = db.persist(AUTHOR, author);
            assertEquals(2, count.total(), "the author, then the books in one batch: " + count);
            assertTrue(count.statements().get(0).startsWith("INSERT INTO \"authors\""), count::toString);
        }
        assertSame(author, saved, "a class entity is updated in place");
        assertNotNull(author.id);
        assertEquals(2, author.books.size());
        for (Book book : author.books) {
            assertNotNull(book.id(), "the list holds the inserted records, with their keys");
            assertEquals(author.id, book.authorId());
        }
        List<Book> stored = db.select(BOOK).where(BOOK.authorId.eq(author.id)).orderBy(BOOK.year.asc()).fetch();
        assertEquals(List.of("A Wizard of Earthsea", "The Dispossessed"), stored.stream().map(Book::title).toList());
    }

    @Test
    void aNewBookWithANewAuthorSetInsertsTheAuthorFirst() {
        Author terry = new Author("Terry");
        Book book = new Book(null, 0, "Mort", 1987, Ref.of(terry), Set.of());
        Book saved = db.persist(BOOK, book);
        assertNotNull(terry.id);
        assertEquals(terry.id, saved.authorId());
        assertNotNull(saved.id());
        assertSame(terry, saved.author().get());
        assertEquals(1, count("authors"));
    }

    @Test
    void manyToManyPairsAreLinkedAndUnlinkedFromTheCollection() {
        Author author = db.insert(AUTHOR, new Author("Iain"));
        Genre scifi = db.insert(GENRE, new Genre("scifi"));
        Book book = new Book(null, author.id, "Excession", 1996, Ref.unloaded(),
                new LinkedHashSet<>(List.of(scifi, new Genre("space opera"))));
        Book saved = db.persist(BOOK, book);
        assertEquals(2, count("genres"));
        assertEquals(2, count("book_genres"));

        Book loaded = db.select(BOOK).where(BOOK.id.eq(saved.id())).load(selectIn(BOOK.genres)).one();
        Genre spaceOpera = loaded.genres().stream().filter(g -> g.name.equals("space opera")).findFirst().orElseThrow();
        loaded.genres().remove(spaceOpera);
        loaded.genres().add(new Genre("culture"));
        try (StatementCount count = JdbcStatements.count()) {
            db.persist(BOOK, loaded);
            assertEquals(3, count.total(), "insert the new genre, delete one pair, insert one pair: " + count);
        }
        List<String> names = db.select(GENRE).join(GENRE.books).where(BOOK.id.eq(saved.id()))
                .orderBy(GENRE.name.asc()).fetch().stream().map(g -> g.name).toList();
        assertEquals(List.of("culture", "scifi"), names);
        assertEquals(3, count("genres"), "unlinking keeps the genre");

        db.unlink(BOOK.genres, loaded, scifi);
        db.link(BOOK.genres, loaded, spaceOpera);
        List<String> after = db.select(GENRE).join(GENRE.books).where(BOOK.id.eq(saved.id()))
                .orderBy(GENRE.name.asc()).fetch().stream().map(g -> g.name).toList();
        assertEquals(List.of("culture", "space opera"), after);
        assertThrows(IllegalArgumentException.class, () -> db.link(BOOK.author, loaded, author));
    }

    @Test
    void booksRemovedFromALoadedCollectionAreDeletedAsOrphans() {
        Author author = new Author("Ursula");
        author.books = new ArrayList<>(List.of(Book.of(0, "Lavinia", 2008), Book.of(0, "Tehanu", 1990)));
        db.persist(AUTHOR, author);
        Author loaded = db.select(AUTHOR).load(selectIn(AUTHOR.books).orderBy(BOOK.year.asc())).one();
        loaded.books.remove(0);
        loaded.books.add(Book.of(0, "Voices", 2006));
        db.persist(AUTHOR, loaded);
        assertEquals(List.of("Lavinia", "Voices"), db.select(BOOK).orderBy(BOOK.title.asc()).fetch().stream()
                .map(Book::title).toList());
    }

    @Test
    void removeCascadesToTheBooksAndTheirLinksChildrenFirst() {
        Author author = new Author("Terry");
        Genre fantasy = db.insert(GENRE, new Genre("fantasy"));
        author.books = new ArrayList<>(List.of(
                new Book(null, 0, "Mort", 1987, Ref.unloaded(), new LinkedHashSet<>(List.of(fantasy))),
                new Book(null, 0, "Nation", 2008, Ref.unloaded(), Set.of())));
        db.persist(AUTHOR, author);
        Author other = db.persist(AUTHOR, new Author("Neil"));
        assertEquals(1, count("book_genres"));
        try (StatementCount count = JdbcStatements.count()) {
            db.remove(AUTHOR, author);
            assertEquals(4, count.total(), "select the books, delete their genre links, delete the books, delete"
                    + " the author: " + count);
        }
        assertEquals(0, count("books"));
        assertEquals(0, count("book_genres"));
        assertEquals(1, count("genres"), "genres are linked, not owned");
        assertEquals(List.of(other.id), db.select(AUTHOR).fetch().stream().map(a -> a.id).toList());
    }

    @Test
    void aFailingGraphWriteLeavesNothingBehind() {
        Author author = new Author("Ursula");
        author.books = new ArrayList<>(List.of(Book.of(0, "Tehanu", 1990), Book.of(0, null, 1991)));
        assertThrows(RuntimeException.class, () -> db.persist(AUTHOR, author));
        assertEquals(0, count("authors"), "the author's insert was rolled back with the failing book");
    }

    @Test
    void orphanAdviceWorks() {
        Author author = new Author("Ursula");
        author.books = new ArrayList<>(List.of(Book.of(0, "Lavinia", 2008), Book.of(0, "Tehanu", 1990)));
        db.persist(AUTHOR, author);
        Author loaded = db.select(PLAIN_AUTHOR).load(selectIn(PLAIN_AUTHOR.books).orderBy(BOOK.year.asc())).one();
        Book tehanu = loaded.books.remove(0);
        IllegalStateException orphaned = assertThrows(IllegalStateException.class,
                () -> db.persist(PLAIN_AUTHOR, loaded));
        assertEquals("1 Book(s) were removed from Author.books, but books.author_id cannot be NULL: declare"
                + " cascade = Cascade.DELETE_ORPHAN on Author.books to delete them with the persist, or delete them"
                + " with remove(...) and read the Author again before persisting it", orphaned.getMessage());
        assertEquals(2, count("books"), "the failed persist wrote nothing");

        // the first fix: the same relationship with DELETE_ORPHAN declared (AUTHOR.books)
        Author withCascade = db.select(AUTHOR).load(selectIn(AUTHOR.books).orderBy(BOOK.year.asc())).one();
        withCascade.books.remove(0);
        db.persist(AUTHOR, withCascade);
        assertEquals(List.of("Lavinia"), db.select(BOOK).fetch().stream().map(Book::title).toList());

        // the second fix: remove the book, read the author again, persist that
        withCascade.books.add(Book.of(0, "Voices", 2006));
        db.persist(AUTHOR, withCascade);
        Author again = db.select(PLAIN_AUTHOR).load(selectIn(PLAIN_AUTHOR.books).orderBy(BOOK.year.asc())).one();
        Book voices = again.books.remove(0);
        assertThrows(IllegalStateException.class, () -> db.persist(PLAIN_AUTHOR, again));
        db.remove(BOOK, voices);
        Author reread = db.select(PLAIN_AUTHOR).load(selectIn(PLAIN_AUTHOR.books)).one();
        reread.books.add(Book.of(0, "Tehanu", 1990));
        db.persist(PLAIN_AUTHOR, reread);
        assertEquals(List.of("Lavinia", "Tehanu"), db.select(BOOK).orderBy(BOOK.title.asc()).fetch().stream()
                .map(Book::title).toList());
        assertNotNull(tehanu.id());
    }

    @Test
    void linkAdviceWorks() {
        Author iain = db.insert(AUTHOR, new Author("Iain"));
        Author neil = db.insert(AUTHOR, new Author("Neil"));
        Book book = db.insert(BOOK, Book.of(iain.id, "Excession", 1996));
        Genre unsaved = new Genre("space opera");
        IllegalArgumentException keyless = assertThrows(IllegalArgumentException.class,
                () -> db.link(BOOK.genres, book, unsaved));
        assertEquals("both sides of Book.genres need keys to be linked: persist them first", keyless.getMessage());
        db.persist(GENRE, unsaved);
        db.link(BOOK.genres, book, unsaved);
        assertEquals(1, count("book_genres"));
        db.unlink(BOOK.genres, book, unsaved);
        assertEquals(0, count("book_genres"));

        IllegalArgumentException toOne = assertThrows(IllegalArgumentException.class,
                () -> db.link(BOOK.author, book, neil));
        assertEquals("link writes the join rows of many-to-many relationships, and BOOK.author is MANY_TO_ONE:"
                + " set it to Ref.of(target) and persist the Book instead", toOne.getMessage());
        db.persist(BOOK, new Book(book.id(), book.authorId(), book.title(), book.year(), Ref.of(neil), Set.of()));
        assertEquals(neil.id, db.get(BOOK, book.id()).orElseThrow().authorId());

        IllegalArgumentException toMany = assertThrows(IllegalArgumentException.class,
                () -> db.unlink(AUTHOR.books, neil, book));
        assertEquals("unlink writes the join rows of many-to-many relationships, and AUTHOR.books is ONE_TO_MANY:"
                + " remove the target from the collection and persist the Author instead", toMany.getMessage());
        Author loaded = db.select(AUTHOR).where(AUTHOR.id.eq(neil.id)).load(selectIn(AUTHOR.books)).one();
        loaded.books.clear();
        db.persist(AUTHOR, loaded);
        assertEquals(0, count("books"), "AUTHOR.books deletes orphans");
        IllegalArgumentException linkMany = assertThrows(IllegalArgumentException.class,
                () -> db.link(AUTHOR.books, neil, book));
        assertTrue(linkMany.getMessage().endsWith(": add the target to the collection and persist the Author"
                + " instead"), linkMany.getMessage());
    }

    @Test
    void removeAdviceWorks() {
        Author never = new Author("Nobody");
        IllegalArgumentException unsaved = assertThrows(IllegalArgumentException.class, () -> db.remove(AUTHOR, never));
        assertEquals("cannot remove an Author that was never inserted (its key is not set): there is no row to"
                + " delete", unsaved.getMessage());
        db.insert(AUTHOR, never);
        db.remove(AUTHOR, never);
        assertEquals(0, count("authors"));
    }
}
