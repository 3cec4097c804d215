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
import dev.quarry.exception.RepeatedStatementException;
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
        assertTrue(e.getMessage().contains("AUTHOR.books was not loaded"), e.getMessage());
        assertTrue(e.getMessage().contains(".load(selectIn(AUTHOR.books))"), e.getMessage());
        Book book = db.select(BOOK).where(BOOK.authorId.eq(terry.id)).orderBy(BOOK.year.asc()).fetch().get(0);
        RelationNotLoadedException ref = assertThrows(RelationNotLoadedException.class, () -> book.author().get());
        assertTrue(ref.getMessage().contains("joined(BOOK.author)"), ref.getMessage());
        assertEquals("Author.books(not loaded)", author.books.toString());
    }

    private static final String NEVER_ON_READ = " Quarry never runs a query when a relationship is read (that is how"
            + " N+1 statements happen).";

    @Test
    void notLoadedAdviceWorks() {
        // a many-to-many: only select-in is suggested
        Book nation = db.select(BOOK).where(BOOK.title.eq("Nation")).one();
        RelationNotLoadedException genres = assertThrows(RelationNotLoadedException.class, () -> nation.genres().size());
        assertEquals("BOOK.genres was not loaded: add .load(selectIn(BOOK.genres)) to the query that read the Book, or"
                + " .thenSelectIn(BOOK.genres) to the load option that loaded it (a many-to-many cannot be joined)."
                + NEVER_ON_READ, genres.getMessage());
        assertEquals(List.of("fantasy"), names(db.select(BOOK).where(BOOK.title.eq("Nation"))
                .load(selectIn(BOOK.genres)).one().genres()));
        Author terry = db.select(AUTHOR).where(AUTHOR.name.eq("Terry")).load(joined(AUTHOR.books)).one();
        assertThrows(RelationNotLoadedException.class, () -> terry.books.get(1).genres().size());
        assertEquals(List.of("fantasy"), names(db.select(AUTHOR).where(AUTHOR.name.eq("Terry"))
                .load(joined(AUTHOR.books).orderBy(BOOK.year.asc()).thenSelectIn(BOOK.genres)).one().books.get(1).genres()));
        Genre fantasy = db.select(BOOK).where(BOOK.title.eq("Nation")).load(selectIn(BOOK.genres)).one()
                .genres().iterator().next();
        RelationNotLoadedException books = assertThrows(RelationNotLoadedException.class, () -> fantasy.books.size());
        assertTrue(books.getMessage().startsWith("GENRE.books was not loaded: add .load(selectIn(GENRE.books)) to the"
                + " query that read the Genre, or .thenSelectIn(GENRE.books) to the load option that loaded it"),
                books.getMessage());
        assertEquals(3, db.select(BOOK).where(BOOK.title.eq("Nation")).load(selectIn(BOOK.genres)
                .thenSelectIn(GENRE.books)).one().genres().iterator().next().books.size());
        assertEquals(3, db.select(GENRE).where(GENRE.name.eq("fantasy")).load(selectIn(GENRE.books)).one().books.size());

        // a one-to-many: select-in, joined, or then(...) on the option that loaded the entity
        Author unloaded = db.get(AUTHOR, ursula.id).orElseThrow();
        RelationNotLoadedException toMany = assertThrows(RelationNotLoadedException.class, () -> unloaded.books.size());
        assertEquals("AUTHOR.books was not loaded: add .load(selectIn(AUTHOR.books)) or .load(joined(AUTHOR.books)) to"
                + " the query that read the Author, or .then(AUTHOR.books) to the load option that loaded it."
                + NEVER_ON_READ, toMany.getMessage());
        assertEquals(3, db.select(AUTHOR).where(AUTHOR.id.eq(ursula.id)).load(selectIn(AUTHOR.books)).one().books.size());
        assertEquals(3, db.select(AUTHOR).where(AUTHOR.id.eq(ursula.id)).load(joined(AUTHOR.books)).one().books.size());
        Book earthsea = db.select(BOOK).where(BOOK.year.eq(1968)).load(joined(BOOK.author)).one();
        assertThrows(RelationNotLoadedException.class, () -> earthsea.author().get().books.size());
        assertEquals(3, db.select(BOOK).where(BOOK.year.eq(1968)).load(joined(BOOK.author).then(AUTHOR.books)).one()
                .author().get().books.size());
        assertEquals(3, db.select(BOOK).where(BOOK.year.eq(1968)).load(selectIn(BOOK.author).then(AUTHOR.books)).one()
                .author().get().books.size());

        // a to-one
        RelationNotLoadedException toOne = assertThrows(RelationNotLoadedException.class, () -> nation.author().get());
        assertEquals("BOOK.author was not loaded: add .load(selectIn(BOOK.author)) or .load(joined(BOOK.author)) to"
                + " the query that read the Book, or .then(BOOK.author) to the load option that loaded it."
                + NEVER_ON_READ, toOne.getMessage());
        assertEquals("Terry", db.select(BOOK).where(BOOK.title.eq("Nation")).load(selectIn(BOOK.author)).one()
                .author().get().name);
        assertEquals("Terry", db.select(BOOK).where(BOOK.title.eq("Nation")).load(joined(BOOK.author)).one()
                .author().get().name);
        assertThrows(RelationNotLoadedException.class, () -> fantasy.books.get(0).author().get());
        assertEquals("Terry", db.select(GENRE).where(GENRE.name.eq("humour")).load(selectIn(GENRE.books)
                .then(BOOK.author)).one().books.get(0).author().get().name);
    }

    private static List<String> names(java.util.Collection<Genre> genres) {
        return genres.stream().map(genre -> genre.name).sorted().toList();
    }

    @Test
    void joinedManyToManyAdviceWorks() {
        IllegalArgumentException joinedStart = assertThrows(IllegalArgumentException.class, () -> joined(BOOK.genres));
        assertEquals("joined(BOOK.genres) cannot load a many-to-many relationship: use selectIn(BOOK.genres) (one"
                + " statement for the whole level)", joinedStart.getMessage());
        assertEquals(6, db.select(BOOK).load(selectIn(BOOK.genres)).fetch().stream()
                .mapToInt(book -> book.genres().size()).sum());
        IllegalArgumentException then = assertThrows(IllegalArgumentException.class,
                () -> joined(AUTHOR.books).then(BOOK.genres));
        assertEquals("then(BOOK.genres) joins like the level before it, which a many-to-many cannot be: use"
                + " thenSelectIn(BOOK.genres) (one statement for the whole level)", then.getMessage());
        IllegalArgumentException thenJoined = assertThrows(IllegalArgumentException.class,
                () -> selectIn(AUTHOR.books).thenJoined(BOOK.genres));
        assertEquals("thenJoined(BOOK.genres) cannot load a many-to-many relationship: use thenSelectIn(BOOK.genres)"
                + " (one statement for the whole level)", thenJoined.getMessage());
        Author terry = db.select(AUTHOR).where(AUTHOR.name.eq("Terry"))
                .load(joined(AUTHOR.books).orderBy(BOOK.year.asc()).thenSelectIn(BOOK.genres)).one();
        assertEquals(List.of("fantasy", "humour"), names(terry.books.get(0).genres()));
    }

    @Test
    void joinedLoadAdviceWorks() {
        IllegalStateException paged = assertThrows(IllegalStateException.class,
                () -> db.select(AUTHOR).join(AUTHOR.books).where(BOOK.year.gt(1970)).limit(1)
                        .load(joined(AUTHOR.books)).fetch());
        assertTrue(paged.getMessage().startsWith("a joined one-to-many (AUTHOR.books) repeats each Author once per"
                + " related row, so limit/offset over this query's own joins would count rows, not entities: load"
                + " AUTHOR.books with selectIn instead"), paged.getMessage());
        List<Author> page = db.select(AUTHOR).join(AUTHOR.books).where(BOOK.year.gt(1970)).orderBy(AUTHOR.name.asc())
                .limit(1).load(selectIn(AUTHOR.books)).fetch();
        assertEquals(1, page.size());
        assertEquals(2, page.get(0).books.size());

        IllegalArgumentException aliased = assertThrows(IllegalArgumentException.class,
                () -> db.select(BOOK).load(joined(BOOK.author).then(AUTHOR.books).orderBy(BOOK.year.asc())).fetch());
        assertTrue(aliased.getMessage().startsWith("joined(AUTHOR.books) joins books under the alias books_1"),
                aliased.getMessage());
        assertTrue(aliased.getMessage().endsWith(": load AUTHOR.books with selectIn instead (thenSelectIn below another"
                + " level)"), aliased.getMessage());
        Book earthsea = db.select(BOOK).where(BOOK.year.eq(1968))
                .load(joined(BOOK.author).thenSelectIn(AUTHOR.books).orderBy(BOOK.year.asc())).one();
        assertEquals(List.of("A Wizard of Earthsea", "The Lathe of Heaven", "The Dispossessed"),
                titles(earthsea.author().get().books));
    }

    /** The N+1 detector's advice to load the relationship with the query that read the rows. */
    @Test
    void repeatedStatementLoadAdviceWorks() {
        List<Author> authors = db.select(AUTHOR).fetch();
        try (StatementWatch watch = db.watchStatements(1)) {
            RepeatedStatementException thrown = assertThrows(RepeatedStatementException.class,
                    () -> authors.forEach(author -> db.select(BOOK).where(BOOK.authorId.eq(author.id)).fetch()));
            assertTrue(thrown.getMessage().contains("load the relationship with the query that read those rows, with a"
                    + " load option such as .load(selectIn(USER.posts))"), thrown.getMessage());
        }
        try (StatementWatch watch = db.watchStatements(1)) {
            List<Author> loaded = db.select(AUTHOR).load(selectIn(AUTHOR.books)).fetch();
            assertEquals(5, loaded.stream().mapToInt(author -> author.books.size()).sum());
            assertEquals(2, watch.total());
        }
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
        assertEquals("AUTHOR.books is loaded twice, in different ways (selectIn(AUTHOR.books) and selectIn(AUTHOR.books),"
                + " or with different filters or orders): build its option once, keep it in a variable, and extend it"
                + " with then(...)", e.getMessage());
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
        IllegalStateException stream = assertThrows(IllegalStateException.class,
                () -> db.select(AUTHOR).load(selectIn(AUTHOR.books)).stream());
        assertEquals("a query with load options reads all its entities before loading their relationships: call"
                + " fetch(), or stream without load options", stream.getMessage());
        assertEquals(5, db.select(AUTHOR).load(selectIn(AUTHOR.books)).fetch().stream()
                .mapToInt(author -> author.books.size()).sum());
        try (java.util.stream.Stream<Author> authors = db.select(AUTHOR).stream()) {
            assertEquals(3, authors.count());
        }
    }
}
