package dev.quarry;

import static dev.quarry.fixture.graph.Author_.AUTHOR;
import static dev.quarry.fixture.graph.Book_.BOOK;
import static dev.quarry.fixture.graph.Genre_.GENRE;
import static dev.quarry.query.Load.joined;
import static dev.quarry.query.Load.selectIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.RelationNotLoadedException;
import dev.quarry.fixture.graph.Author;
import dev.quarry.fixture.graph.Book;
import dev.quarry.fixture.graph.Genre;
import dev.quarry.fixture.graph.GraphTables;
import dev.quarry.query.Load;
import dev.quarry.relation.Relations;
import dev.quarry.testing.jdbc.CountingDriver;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Load options over hand-written relationship metamodels (authors, their books, the books'
 * genres through a join table), once per dialect: the object graph, filters and orders,
 * pagination, and the exception for relationships no option loaded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LoadBehaviour {
    private Database db;
    private Author ursula;
    private Author terry;
    private Author nobody;

    protected abstract String url();

    @BeforeEach
    void seed() {
        if (db == null) {
            CountingDriver.install();
            db = Database.builder(url()).maximumPoolSize(2).minimumIdle(0).connect();
        }
        Schema schema = db.schema(GraphTables.ALL);
        schema.dropAll();
        schema.createAll();
        ursula = db.insert(AUTHOR, new Author("Ursula"));
        terry = db.insert(AUTHOR, new Author("Terry"));
        nobody = db.insert(AUTHOR, new Author("Nobody"));
        Genre fantasy = db.insert(GENRE, new Genre("fantasy"));
        Genre scifi = db.insert(GENRE, new Genre("scifi"));
        Genre humour = db.insert(GENRE, new Genre("humour"));
        Book earthsea = db.insert(BOOK, Book.of(ursula.id, "A Wizard of Earthsea", 1968));
        Book dispossessed = db.insert(BOOK, Book.of(ursula.id, "The Dispossessed", 1974));
        Book lathe = db.insert(BOOK, Book.of(ursula.id, "The Lathe of Heaven", 1971));
        Book colour = db.insert(BOOK, Book.of(terry.id, "The Colour of Magic", 1983));
        Book nation = db.insert(BOOK, Book.of(terry.id, "Nation", 2008));
        link(earthsea, fantasy);
        link(dispossessed, scifi);
        link(lathe, scifi);
        link(colour, fantasy);
        link(colour, humour);
        link(nation, fantasy);
    }

    private void link(Book book, Genre genre) {
        db.text("insert into book_genres (book_id, genre_id) values (:book, :genre)")
                .bind("book", book.id()).bind("genre", genre.id).execute();
    }

    @AfterEach
    void noLeaks() {
        assertEquals(0, db.poolStats().active());
    }

    @AfterAll
    void close() {
        db.close();
    }

    private static List<String> titles(List<Book> books) {
        return books.stream().map(Book::title).toList();
    }

    @Test
    void selectInLoadsEachLevelForAllParentsWithOneGraph() {
        List<Author> authors;
        try (StatementCount count = JdbcStatements.count()) {
            authors = db.select(AUTHOR).orderBy(AUTHOR.name.asc())
                    .load(selectIn(AUTHOR.books).orderBy(BOOK.year.asc()).then(BOOK.genres))
                    .fetch();
            assertEquals(3, count.total(), count::toString);
        }
        assertEquals(List.of("Nobody", "Terry", "Ursula"), authors.stream().map(a -> a.name).toList());
        Author nobody = authors.get(0);
        Author terry = authors.get(1);
        Author ursula = authors.get(2);
        assertTrue(Relations.isLoaded(nobody.books));
        assertEquals(List.of(), nobody.books);
        assertEquals(List.of("The Colour of Magic", "Nation"), titles(terry.books));
        assertEquals(List.of("A Wizard of Earthsea", "The Lathe of Heaven", "The Dispossessed"), titles(ursula.books));
        for (Author author : authors) {
            for (Book book : author.books) {
                assertSame(author, book.author().get(), "a loaded book points back at the same author instance");
            }
        }
        Book colour = terry.books.get(0);
        assertEquals(List.of("fantasy", "humour"), colour.genres().stream().map(g -> g.name).sorted().toList());
        Genre fantasyOfColour = colour.genres().stream().filter(g -> g.name.equals("fantasy")).findFirst().orElseThrow();
        Genre fantasyOfEarthsea = ursula.books.get(0).genres().iterator().next();
        assertSame(fantasyOfColour, fantasyOfEarthsea, "one instance per row within one load");
        assertThrows(RelationNotLoadedException.class, () -> fantasyOfColour.books.size(),
                "the genre's books were not loaded");
    }

    @Test
    void selectInBindsTheParentKeysAsOneArrayWhereTheDialectHasArrays() {
        try (StatementCount count = JdbcStatements.count()) {
            db.select(AUTHOR).orderBy(AUTHOR.name.asc()).load(selectIn(AUTHOR.books).then(BOOK.genres)).fetch();
            assertEquals(3, count.total(), count::toString);
            assertEquals(List.of(0, 3, 5), count.boundValues(), "three authors, then their five books: " + count);
            for (String level : count.statements().subList(1, 3)) {
                if (arrays()) {
                    assertTrue(level.contains(" = ANY (?)"), level);
                } else {
                    assertTrue(level.contains(" IN (?, ?, ?"), level);
                }
            }
        }
    }

    /** Whether the dialect binds a select-in level's keys as one array ({@code = ANY (?)}). */
    protected abstract boolean arrays();

    @Test
    void loadFilterKeepsOtherRelatedRowsOut() {
        List<Author> authors = db.select(AUTHOR).orderBy(AUTHOR.name.asc())
                .load(selectIn(AUTHOR.books).where(BOOK.year.gt(1970)).orderBy(BOOK.year.desc()))
                .fetch();
        assertEquals(List.of("Nation", "The Colour of Magic"), titles(authors.get(1).books));
        assertEquals(List.of("The Dispossessed", "The Lathe of Heaven"), titles(authors.get(2).books));
    }

    @Test
    void joinedToOneLoadsInTheSameStatementSharingInstances() {
        List<Book> books;
        try (StatementCount count = JdbcStatements.count()) {
            books = db.select(BOOK).orderBy(BOOK.year.asc()).load(joined(BOOK.author)).fetch();
            assertEquals(1, count.total(), count::toString);
        }
        assertEquals(5, books.size());
        Map<String, List<Author>> byName = books.stream().map(book -> book.author().get())
                .collect(Collectors.groupingBy(author -> author.name));
        assertEquals(3, byName.get("Ursula").size());
        assertSame(byName.get("Ursula").get(0), byName.get("Ursula").get(2));
        assertThrows(RelationNotLoadedException.class, () -> byName.get("Ursula").get(0).books.isEmpty(),
                "a to-one load does not fill the inverse collection partially");
    }

    @Test
    void joinedToManyFoldsRepeatedRowsIntoOneEntity() {
        List<Author> authors = db.select(AUTHOR).orderBy(AUTHOR.name.asc())
                .load(joined(AUTHOR.books).orderBy(BOOK.year.asc())).fetch();
        assertEquals(List.of("Nobody", "Terry", "Ursula"), authors.stream().map(a -> a.name).toList());
        assertEquals(List.of(), authors.get(0).books);
        assertEquals(List.of("The Colour of Magic", "Nation"), titles(authors.get(1).books));
        assertEquals(List.of("A Wizard of Earthsea", "The Lathe of Heaven", "The Dispossessed"),
                titles(authors.get(2).books));
        assertSame(authors.get(2), authors.get(2).books.get(1).author().get());
    }

    @Test
    void joinedThenSelectInMixesStrategiesPerLevel() {
        List<Book> books = db.select(BOOK).where(BOOK.year.lt(1975)).orderBy(BOOK.year.asc())
                .load(joined(BOOK.author).thenSelectIn(AUTHOR.books), selectIn(BOOK.genres))
                .fetch();
        assertEquals(List.of("A Wizard of Earthsea", "The Lathe of Heaven", "The Dispossessed"), titles(books));
        Author author = books.get(0).author().get();
        assertEquals(3, author.books.size());
        assertTrue(author.books.contains(books.get(1)), "the author's books are the instances the query returned");
        assertEquals("scifi", books.get(2).genres().iterator().next().name);
    }

    @Test
    void manyToManyInverseSideLoadsThroughTheJoinTable() {
        List<Genre> genres = db.select(GENRE).orderBy(GENRE.name.asc())
                .load(selectIn(GENRE.books).orderBy(BOOK.title.asc()).then(BOOK.author)).fetch();
        assertEquals(List.of("fantasy", "humour", "scifi"), genres.stream().map(g -> g.name).toList());
        assertEquals(List.of("A Wizard of Earthsea", "Nation", "The Colour of Magic"), titles(genres.get(0).books));
        assertEquals(List.of("The Colour of Magic"), titles(genres.get(1).books));
        assertEquals(List.of("The Dispossessed", "The Lathe of Heaven"), titles(genres.get(2).books));
        assertSame(genres.get(0).books.get(2), genres.get(1).books.get(0), "one book instance under both genres");
        assertEquals("Terry", genres.get(0).books.get(1).author().get().name);
        assertSame(genres.get(0).books.get(1).author().get(), genres.get(0).books.get(2).author().get());
    }

    @Test
    void pagesAreComputedOnRootsThenLoaded() {
        List<Author> page = db.select(AUTHOR).orderBy(AUTHOR.name.desc()).limit(1)
                .load(selectIn(AUTHOR.books)).fetch();
        assertEquals(1, page.size());
        assertEquals(3, page.get(0).books.size());
        List<Author> joinedPage;
        try (StatementCount count = JdbcStatements.count()) {
            joinedPage = db.select(AUTHOR).orderBy(AUTHOR.name.asc()).limit(2).offset(1)
                    .load(joined(AUTHOR.books).orderBy(BOOK.year.asc())).fetch();
            assertEquals(1, count.total(), count::toString);
            assertTrue(count.statements().get(0).contains("FROM (SELECT "), count::toString);
        }
        assertEquals(List.of("Terry", "Ursula"), joinedPage.stream().map(a -> a.name).toList(),
                "limit and offset count authors, not author-book rows");
        assertEquals(List.of("The Colour of Magic", "Nation"), titles(joinedPage.get(0).books));
        assertEquals(3, joinedPage.get(1).books.size());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> db.select(AUTHOR).join(AUTHOR.books).limit(1).load(joined(AUTHOR.books)).fetch());
        assertTrue(refused.getMessage().contains("selectIn"), refused.getMessage());
    }

    @Test
    void unloadedRelationshipsThrowNamingTheLoadOption() {
        Author author = db.get(AUTHOR, ursula.id).orElseThrow();
        assertFalse(Relations.isLoaded(author.books));
        RelationNotLoadedException e = assertThrows(RelationNotLoadedException.class, () -> author.books.get(0));
        assertTrue(e.getMessage().contains("Author.books was not loaded"), e.getMessage());
        assertTrue(e.getMessage().contains(".load(selectIn(AUTHOR.books))"), e.getMessage());
        Book book = db.select(BOOK).where(BOOK.authorId.eq(terry.id)).orderBy(BOOK.year.asc()).fetch().get(0);
        RelationNotLoadedException ref = assertThrows(RelationNotLoadedException.class, () -> book.author().get());
        assertTrue(ref.getMessage().contains("joined(BOOK.author)"), ref.getMessage());
        assertEquals("Author.books(not loaded)", author.books.toString());
    }

    @Test
    void cyclicGraphsOfRecordsPrintCompareAndHash() {
        List<Book> books = db.select(BOOK).orderBy(BOOK.year.asc())
                .load(joined(BOOK.author).then(AUTHOR.books), selectIn(BOOK.genres).then(GENRE.books)).fetch();
        Book first = books.get(0);
        assertTrue(first.toString().contains("Book.author(Author@"), first.toString());
        assertEquals(first, first);
        assertEquals(first.hashCode(), first.hashCode());
        assertNotEquals(first, books.get(1));
    }

    @Test
    void conflictingOptionsForOneRelationshipAreRefused() {
        Load<Author, Book> newest = selectIn(AUTHOR.books).orderBy(BOOK.year.desc());
        Load<Author, Book> oldest = selectIn(AUTHOR.books).orderBy(BOOK.year.asc());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db.select(AUTHOR).load(newest.then(BOOK.genres), oldest));
        assertTrue(e.getMessage().contains("loaded twice"), e.getMessage());
        List<Author> shared = db.select(AUTHOR).load(newest.then(BOOK.genres), newest.then(BOOK.author)).fetch();
        assertEquals(3, shared.size());
        assertThrows(IllegalArgumentException.class, () -> db.select(BOOK).load(joined(BOOK.genres)));
    }

    @Test
    void joinsAlongRelationshipPaths() {
        List<Book> terrys = db.select(BOOK).join(BOOK.author).where(AUTHOR.name.eq("Terry"))
                .orderBy(BOOK.year.asc()).fetch();
        assertEquals(List.of("The Colour of Magic", "Nation"), titles(terrys));
        assertTrue(db.select(BOOK).join(BOOK.author).toSql()
                .contains(" JOIN \"authors\" ON \"authors\".\"id\" = \"books\".\"author_id\""));
        List<Book> scifi = db.select(BOOK).join(BOOK.genres).where(GENRE.name.eq("scifi"))
                .orderBy(BOOK.title.asc()).fetch();
        assertEquals(List.of("The Dispossessed", "The Lathe of Heaven"), titles(scifi));
        var writer = AUTHOR.as("writer");
        assertEquals(3, db.select(BOOK).join(BOOK.author, writer).where(writer.name.eq("Ursula")).count());
        List<Author> withoutBooks = db.select(AUTHOR).leftJoin(AUTHOR.books).where(BOOK.id.isNull()).fetch();
        assertEquals(List.of("Nobody"), withoutBooks.stream().map(a -> a.name).toList());
        List<Genre> genresOfUrsula = db.select(GENRE).join(GENRE.books).join(BOOK.author)
                .where(AUTHOR.name.eq("Ursula")).distinct().orderBy(GENRE.name.asc()).fetch();
        assertEquals(List.of("fantasy", "scifi"), genresOfUrsula.stream().map(g -> g.name).toList());
    }

    @Test
    void joinedQueriesLoadTooAndKeepOptionsGivenBeforeTheJoin() {
        List<Book> ursulas = db.select(BOOK).join(BOOK.author).where(AUTHOR.name.eq("Ursula"))
                .orderBy(BOOK.year.asc()).load(selectIn(BOOK.genres)).fetch();
        assertEquals(List.of("A Wizard of Earthsea", "The Lathe of Heaven", "The Dispossessed"), titles(ursulas));
        assertEquals("scifi", ursulas.get(1).genres().iterator().next().name);
        List<Book> terrys = db.select(BOOK).join(BOOK.author).where(AUTHOR.name.eq("Terry"))
                .orderBy(BOOK.year.asc()).load(joined(BOOK.author)).fetch();
        assertEquals(List.of("Terry", "Terry"), terrys.stream().map(b -> b.author().get().name).toList());
        assertSame(terrys.get(0).author().get(), terrys.get(1).author().get());
        List<Author> recent = db.select(AUTHOR).load(selectIn(AUTHOR.books)).join(AUTHOR.books)
                .where(BOOK.year.gt(2000)).fetch();
        assertEquals(1, recent.size());
        assertEquals(2, recent.get(0).books.size(), "the loaded collection is not filtered by the join");
    }

    @Test
    void oneAndFindOneWithLoads() {
        Author one = db.select(AUTHOR).where(AUTHOR.name.eq("Terry")).load(joined(AUTHOR.books)).one();
        assertEquals(2, one.books.size());
        assertTrue(db.select(AUTHOR).where(AUTHOR.name.eq("Nobody")).load(selectIn(AUTHOR.books)).findOne()
                .orElseThrow().books.isEmpty());
        assertThrows(IllegalStateException.class, () -> db.select(AUTHOR).load(selectIn(AUTHOR.books)).stream());
    }
}
