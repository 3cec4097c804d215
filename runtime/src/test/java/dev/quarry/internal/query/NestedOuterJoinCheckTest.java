package dev.quarry.internal.query;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Visit_.VISIT;
import static dev.quarry.fixture.graph.Author_.AUTHOR;
import static dev.quarry.fixture.graph.Book_.BOOK;
import static dev.quarry.query.Load.joined;
import static dev.quarry.query.Load.selectIn;
import static dev.quarry.query.Sql.count;
import static dev.quarry.query.Sql.exists;
import static dev.quarry.query.Sql.max;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.Schema;
import dev.quarry.fixture.Person;
import dev.quarry.fixture.Person_;
import dev.quarry.fixture.Tables;
import dev.quarry.fixture.Visit;
import dev.quarry.fixture.graph.Author;
import dev.quarry.fixture.graph.Author_;
import dev.quarry.fixture.graph.Book;
import dev.quarry.fixture.graph.GraphTables;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.SqlLog;
import dev.quarry.internal.sql.SqliteDialect;
import dev.quarry.query.CommonTable2;
import dev.quarry.query.CompoundQuery;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.Sql;
import dev.quarry.query.Tuple2;
import dev.quarry.query.WriteStatement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code RIGHT} or {@code FULL} join anywhere in a statement, not only among the query's own
 * joins, is checked against the database before anything runs: in an {@code EXISTS}, {@code IN}
 * or scalar subquery, a derived table, a common table, a set operation's member, the query of an
 * {@code INSERT ... SELECT}, an {@code UPDATE}'s or {@code DELETE}'s condition or {@code SET}, with
 * or without {@code RETURNING}, and under load options. On a SQLite reporting 3.38.5 each fails
 * with the dialect's exception and no statement is prepared; on 3.39 each runs and gives the rows
 * the outer join makes. The fixture: Ann (30) with two visits, Bob (40) with none, so only an
 * outer join yields Bob in the subqueries below.
 */
class NestedOuterJoinCheckTest {
    private static final String OLD_SQLITE = "RIGHT and FULL joins need SQLite 3.39 or later; this database is SQLite"
            + " 3.38.5: upgrade org.xerial:sqlite-jdbc, or write the join as a LEFT join";
    private static final Person_ P = PERSON.as("p");

    @TempDir
    Path directory;

    // ---------------------------------------------------------------- the statements

    /** People with a row in {@code visits RIGHT JOIN people p} (everyone: the join keeps Bob). */
    private static SelectQuery<Person> inARightJoinedExists(Operations ops) {
        return ops.select(PERSON)
                .where(exists(ops.select(VISIT).rightJoin(P).on(P.id.eq(VISIT.personId)).where(P.id.eq(PERSON.id))))
                .orderBy(PERSON.name.asc());
    }

    /** The names of people whose id is in {@code visits FULL JOIN people p} (everyone). */
    private static ResultQuery<Person, String> inAFullJoinedIn(Operations ops) {
        return ops.select(PERSON).select(PERSON.name)
                .where(PERSON.id.in(ops.select(VISIT).fullJoin(P).on(P.id.eq(VISIT.personId)).select(P.id)))
                .orderBy(PERSON.name.asc());
    }

    /** Each name with its number of visits counted by a right-joined scalar subquery. */
    private static ResultQuery<Person, Tuple2<String, Long>> inAScalarSubquery(Operations ops) {
        return ops.select(PERSON).select(PERSON.name, Sql.<Person, Long>scalar(ops.select(VISIT)
                        .rightJoin(P).on(P.id.eq(VISIT.personId)).where(P.id.eq(PERSON.id)).select(count(VISIT.seq))))
                .orderBy(PERSON.name.asc());
    }

    /** The same, read into a record (the projection's mapped form). */
    private static ResultQuery<Person, Visits> inAScalarSubqueryInto(Operations ops) {
        return ops.select(PERSON).select(PERSON.name, Sql.<Person, Long>scalar(ops.select(VISIT)
                        .rightJoin(P).on(P.id.eq(VISIT.personId)).where(P.id.eq(PERSON.id)).select(count(VISIT.seq))))
                .into(Visits::new).orderBy(PERSON.name.asc());
    }

    /** A name and a number of visits. */
    record Visits(String name, long visits) {
    }

    /** {@code (visits RIGHT JOIN people)} as a derived table: one row per visit, and Bob. */
    private static CommonTable2<Long, String> derived(Operations ops) {
        return CommonTable2.derived("d", ops.select(VISIT).rightJoin(PERSON).on(PERSON.id.eq(VISIT.personId))
                .select(PERSON.id, PERSON.name));
    }

    /** {@code WITH c AS (visits FULL JOIN people)}: one row per visit, and Bob. */
    private static CommonTable2<Long, String> common(Operations ops) {
        return CommonTable2.of("c", "id", Long.class, "name", String.class,
                ops.select(VISIT).fullJoin(PERSON).on(PERSON.id.eq(VISIT.personId)).select(PERSON.id, PERSON.name));
    }

    /** The names of people over 35 union those the right-joined {@code EXISTS} finds. */
    private static CompoundQuery<String> inAUnionMember(Operations ops) {
        return ops.select(PERSON).select(PERSON.name).where(PERSON.age.gt(35))
                .union(ops.select(PERSON).select(PERSON.name).where(exists(ops.select(VISIT)
                        .rightJoin(P).on(P.id.eq(VISIT.personId)).where(P.id.eq(PERSON.id)))))
                .orderBy(PERSON.name.asc());
    }

    /** A union whose second member right-joins, as a derived table. */
    private static CommonTable2<Long, String> derivedUnion(Operations ops) {
        return CommonTable2.derived("u", ops.select(PERSON).select(PERSON.id, PERSON.name)
                .unionAll(ops.select(VISIT).rightJoin(PERSON).on(PERSON.id.eq(VISIT.personId))
                        .select(PERSON.id, PERSON.name)));
    }

    /** Inserts a visit for everyone without one, found through a right join (Bob: seq 40, note "Bob"). */
    private static WriteStatement<Visit> insertSelect(Operations ops) {
        return ops.insertInto(VISIT).columns(VISIT.personId, VISIT.seq, VISIT.note)
                .select(ops.select(VISIT).rightJoin(PERSON).on(PERSON.id.eq(VISIT.personId)).where(VISIT.seq.isNull())
                        .select(PERSON.id, PERSON.age, PERSON.name));
    }

    /** The ids of people without visits, through a right join (Bob's). */
    private static ResultQuery<Object, Long> unvisited(Operations ops) {
        return ops.select(VISIT).rightJoin(P).on(P.id.eq(VISIT.personId)).where(VISIT.seq.isNull()).select(P.id);
    }

    private static WriteStatement<Person> updateWhere(Operations ops) {
        return ops.update(PERSON).set(PERSON.bio, "unvisited").where(PERSON.id.in(unvisited(ops)));
    }

    /** Sets every age to itself, read by a right-joined scalar subquery. */
    private static WriteStatement<Person> updateSet(Operations ops) {
        return ops.update(PERSON).setExpression(PERSON.age, Sql.<Person, Integer>scalar(ops.select(VISIT)
                .rightJoin(P).on(P.id.eq(VISIT.personId)).where(P.id.eq(PERSON.id)).select(max(P.age)))).all();
    }

    private static WriteStatement<Person> deleteWhere(Operations ops) {
        return ops.delete(PERSON).where(PERSON.id.in(unvisited(ops)));
    }

    /** Every statement above, each way it runs; each holds its outer join in a nested query only. */
    private static List<Executable> everyRun(Operations ops) {
        List<Executable> runs = new ArrayList<>();
        SelectQuery<Person> exists = inARightJoinedExists(ops);
        runs.addAll(List.of(exists::fetch, exists::one, exists::findOne, exists::count, () -> exists.stream().close()));
        ResultQuery<Person, String> in = inAFullJoinedIn(ops);
        runs.addAll(List.of(in::fetch, in::one, in::findOne, () -> in.stream().close()));
        ResultQuery<Person, Tuple2<String, Long>> scalar = inAScalarSubquery(ops);
        runs.addAll(List.of(scalar::fetch, scalar::findOne, () -> scalar.stream().close()));
        runs.add(inAScalarSubqueryInto(ops)::fetch);
        CommonTable2<Long, String> derived = derived(ops);
        runs.add(ops.select(derived).select(derived.second)::fetch);
        runs.add(ops.select(derived)::fetch);
        runs.add(ops.select(PERSON).join(derived).on(derived.first.eq(PERSON.id))::count);
        CommonTable2<Long, String> common = common(ops);
        runs.add(ops.select(common).select(common.second)::fetch);
        runs.add(ops.select(PERSON).where(PERSON.id.in(ops.select(common).select(common.first)))::fetch);
        runs.add(ops.select(PERSON).where(PERSON.id.in(ops.select(common).select(common.first)))::count);
        CompoundQuery<String> union = inAUnionMember(ops);
        runs.addAll(List.of(union::fetch, union::one, union::findOne, () -> union.stream().close()));
        CommonTable2<Long, String> derivedUnion = derivedUnion(ops);
        runs.add(ops.select(derivedUnion).select(derivedUnion.second)::fetch);
        for (WriteStatement<?> write : List.of(insertSelect(ops), updateWhere(ops), updateSet(ops), deleteWhere(ops))) {
            runs.add(write::execute);
            runs.add(write.returning()::fetch);
        }
        runs.add(insertSelect(ops).returning(VISIT.note)::fetch);
        runs.add(updateWhere(ops).returning(PERSON.name, PERSON.bio)::fetch);
        runs.add(deleteWhere(ops).returning(PERSON.name)::fetch);
        runs.add(ops.insertInto(VISIT).columns(VISIT.personId, VISIT.seq, VISIT.note)
                .select(ops.select(VISIT).rightJoin(PERSON).on(PERSON.id.eq(VISIT.personId))
                        .select(PERSON.id, PERSON.age, PERSON.name))
                .onConflictDoNothing()::execute);
        return runs;
    }

    // ---------------------------------------------------------------- SQLite before 3.39

    @Test
    void aNestedRightOrFullJoinFailsOnASqliteOlderThan339BeforeAnythingIsPrepared() {
        String url = "jdbc:sqlite:" + directory.resolve("old.db");
        seed(url);
        RecordingDataSource oldSqlite = new RecordingDataSource(url, "3.38.5");
        Operations ops = operations(oldSqlite);

        List<Executable> runs = everyRun(ops);
        assertEquals(36, runs.size());
        for (int i = 0; i < runs.size(); i++) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, runs.get(i),
                    "run " + i);
            assertEquals(OLD_SQLITE, e.getMessage(), "run " + i);
        }
        assertEquals(List.of(), oldSqlite.prepared, "nothing was sent to the database");
    }

    @Test
    void theStatementsOfTheOldSqliteTestHaveTheirOuterJoinsInNestedQueriesOnly() {
        Operations ops = operations(new RecordingDataSource("jdbc:sqlite::memory:", "3.38.5"));
        CommonTable2<Long, String> derived = derived(ops);
        CommonTable2<Long, String> common = common(ops);
        CommonTable2<Long, String> derivedUnion = derivedUnion(ops);
        List<String> sqls = List.of(inARightJoinedExists(ops).toSql(), inAFullJoinedIn(ops).toSql(),
                inAScalarSubquery(ops).toSql(), inAScalarSubqueryInto(ops).toSql(),
                ops.select(derived).select(derived.second).toSql(),
                ops.select(PERSON).join(derived).on(derived.first.eq(PERSON.id)).toSql(),
                ops.select(common).select(common.second).toSql(),
                ops.select(PERSON).where(PERSON.id.in(ops.select(common).select(common.first))).toSql(),
                inAUnionMember(ops).toSql(), ops.select(derivedUnion).select(derivedUnion.second).toSql(),
                insertSelect(ops).toSql(), updateWhere(ops).toSql(), updateSet(ops).toSql(), deleteWhere(ops).toSql());
        for (String sql : sqls) {
            int right = sql.indexOf(" RIGHT JOIN ");
            int full = sql.indexOf(" FULL JOIN ");
            int outer = right < 0 ? full : full < 0 ? right : Math.min(right, full);
            assertTrue(outer > 0, sql);
            int subquery = sql.indexOf("(SELECT ");
            boolean nested = sql.startsWith("WITH ") || sql.startsWith("INSERT INTO ") && sql.indexOf(" SELECT ") < outer
                    || subquery >= 0 && subquery < outer;
            assertTrue(nested, () -> "the outer join is in a nested query: " + sql);
        }
        assertEquals("WITH \"c\"(\"id\", \"name\") AS (SELECT \"people\".\"id\", \"people\".\"name\" FROM \"visit\""
                        + " FULL JOIN \"people\" ON \"people\".\"id\" = \"visit\".\"person_id\") SELECT \"id\", \"name\","
                        + " \"email\", \"bio\", \"age\", \"created_at\", \"status\" FROM \"people\""
                        + " WHERE \"id\" IN (SELECT \"c\".\"id\" FROM \"c\")",
                sqls.get(7), "the common table read only by a subquery is defined in front of the statement");
    }

    @Test
    void aNestedLeftJoinNeedsNoCheckAndRunsOnTheOldSqlite() {
        String url = "jdbc:sqlite:" + directory.resolve("left.db");
        seed(url);
        RecordingDataSource oldSqlite = new RecordingDataSource(url, "3.38.5");
        Operations ops = operations(oldSqlite);
        assertEquals(List.of("Ann"), ops.select(PERSON).select(PERSON.name)
                .where(exists(ops.select(P).leftJoin(VISIT).on(VISIT.personId.eq(P.id))
                        .where(P.id.eq(PERSON.id)).where(VISIT.seq.isNotNull())))
                .fetch());
        assertEquals(1, ops.update(PERSON).set(PERSON.bio, "seen").where(PERSON.id.in(ops.select(P)
                .leftJoin(VISIT).on(VISIT.personId.eq(P.id)).where(VISIT.seq.eq(2)).select(P.id))).execute());
        assertEquals(2, oldSqlite.prepared.size());
    }

    // ---------------------------------------------------------------- SQLite 3.39 and later

    @Test
    void everyNestedRightOrFullJoinRunsOnSqlite339() {
        String url = "jdbc:sqlite:" + directory.resolve("new.db");
        seed(url);
        RecordingDataSource sqlite = new RecordingDataSource(url, "3.39.0");
        Operations ops = operations(sqlite);

        SelectQuery<Person> exists = inARightJoinedExists(ops);
        assertEquals(List.of("Ann", "Bob"), exists.fetch().stream().map(Person::name).toList());
        assertEquals(2L, exists.count());
        try (Stream<Person> rows = exists.stream()) {
            assertEquals(List.of("Ann", "Bob"), rows.map(Person::name).toList());
        }
        assertEquals(List.of("Ann", "Bob"), inAFullJoinedIn(ops).fetch());
        assertEquals(List.of(new Tuple2<>("Ann", 2L), new Tuple2<>("Bob", 0L)), inAScalarSubquery(ops).fetch());
        assertEquals(List.of(new Visits("Ann", 2), new Visits("Bob", 0)), inAScalarSubqueryInto(ops).fetch());

        CommonTable2<Long, String> derived = derived(ops);
        assertEquals(List.of("Ann", "Ann", "Bob"), ops.select(derived).select(derived.second)
                .orderBy(derived.second.asc()).fetch());
        assertEquals(3L, ops.select(PERSON).join(derived).on(derived.first.eq(PERSON.id)).count());
        CommonTable2<Long, String> common = common(ops);
        assertEquals(List.of("Ann", "Ann", "Bob"), ops.select(common).select(common.second)
                .orderBy(common.second.asc()).fetch());
        assertEquals(List.of("Ann", "Bob"), ops.select(PERSON).where(PERSON.id.in(ops.select(common).select(common.first)))
                .orderBy(PERSON.name.asc()).fetch().stream().map(Person::name).toList());
        assertEquals(List.of("Ann", "Bob"), inAUnionMember(ops).fetch());
        CommonTable2<Long, String> derivedUnion = derivedUnion(ops);
        assertEquals(List.of("Ann", "Ann", "Ann", "Bob", "Bob"), ops.select(derivedUnion).select(derivedUnion.second)
                .orderBy(derivedUnion.second.asc()).fetch());

        long bob = ops.select(PERSON).select(PERSON.id).where(PERSON.name.eq("Bob")).one();
        assertEquals(1, insertSelect(ops).execute());
        assertEquals(List.of(new Visit(bob, 40, "Bob")), ops.select(VISIT).where(VISIT.personId.eq(bob)).fetch());
        seed(url);
        assertEquals(List.of("Bob"), insertSelect(ops).returning(VISIT.note).fetch());

        seed(url);
        assertEquals(1, updateWhere(ops).execute());
        assertEquals(List.of(new Tuple2<>("Bob", "unvisited")), ops.select(PERSON).select(PERSON.name, PERSON.bio)
                .where(PERSON.bio.isNotNull()).fetch());
        seed(url);
        assertEquals(List.of(new Tuple2<>("Bob", "unvisited")), updateWhere(ops).returning(PERSON.name, PERSON.bio).fetch());
        assertEquals(2, updateSet(ops).execute());
        assertEquals(List.of(30, 40), ops.select(PERSON).select(PERSON.age).orderBy(PERSON.age.asc()).fetch());

        assertEquals(1, deleteWhere(ops).execute());
        assertEquals(List.of("Ann"), ops.select(PERSON).select(PERSON.name).fetch());
        seed(url);
        assertEquals(List.of("Bob"), deleteWhere(ops).returning(PERSON.name).fetch());
        assertFalse(sqlite.prepared.isEmpty());
    }

    // ---------------------------------------------------------------- load options

    @Test
    void aNestedRightJoinUnderLoadOptionsIsCheckedToo() {
        String url = "jdbc:sqlite:" + directory.resolve("graph.db");
        try (Database db = Database.builder(url).maximumPoolSize(1).minimumIdle(0).connect()) {
            Schema schema = db.schema(GraphTables.ALL);
            schema.dropAll();
            schema.createAll();
            Author ursula = db.insert(AUTHOR, new Author("Ursula"));
            db.insert(AUTHOR, new Author("Nobody"));
            db.insert(BOOK, Book.of(ursula.id, "The Dispossessed", 1974));
            db.insert(BOOK, Book.of(ursula.id, "The Lathe of Heaven", 1971));
        }
        Author_ a = AUTHOR.as("a");
        RecordingDataSource oldSqlite = new RecordingDataSource(url, "3.38.5");
        Operations old = operations(oldSqlite);
        for (Executable run : List.<Executable>of(
                withBooks(old, a).load(selectIn(AUTHOR.books))::fetch,
                withBooks(old, a).load(joined(AUTHOR.books))::fetch,
                withBooks(old, a).load(joined(AUTHOR.books))::findOne)) {
            assertEquals(OLD_SQLITE, assertThrows(UnsupportedOperationException.class, run).getMessage());
        }
        assertEquals(List.of(), oldSqlite.prepared, "nothing was sent to the database");

        Operations current = operations(new RecordingDataSource(url, "3.39.0"));
        for (List<Author> authors : List.of(withBooks(current, a).load(selectIn(AUTHOR.books)).fetch(),
                withBooks(current, a).load(joined(AUTHOR.books)).fetch())) {
            assertEquals(List.of("Nobody", "Ursula"), authors.stream().map(author -> author.name).toList());
            assertEquals(List.of(0, 2), authors.stream().map(author -> author.books.size()).toList());
        }
    }

    /** Every author with a row in {@code books RIGHT JOIN authors a} (all of them), by name. */
    private static SelectQuery<Author> withBooks(Operations ops, Author_ a) {
        return ops.select(AUTHOR)
                .where(exists(ops.select(BOOK).rightJoin(a).on(a.id.eq(BOOK.authorId)).where(a.id.eq(AUTHOR.id))))
                .orderBy(AUTHOR.name.asc());
    }

    // ---------------------------------------------------------------- support

    /** Creates the fixture tables at {@code url} with Ann (30, two visits) and Bob (40, none). */
    private static void seed(String url) {
        try (Database db = Database.builder(url).maximumPoolSize(1).minimumIdle(0).connect()) {
            Schema schema = db.schema(Tables.ALL);
            schema.dropAll();
            schema.createAll();
            Person ann = db.insert(PERSON, new Person("Ann", "ann@example.com", 30));
            db.insert(PERSON, new Person("Bob", "bob@example.com", 40));
            db.insertAll(VISIT, List.of(new Visit(ann.id(), 1, "first"), new Visit(ann.id(), 2, "second")));
        }
    }

    private static Operations operations(RecordingDataSource dataSource) {
        Engine engine = new Engine(new SqliteDialect(), dataSource, new SqlLog(false));
        return new Operations(engine, engine);
    }
}
