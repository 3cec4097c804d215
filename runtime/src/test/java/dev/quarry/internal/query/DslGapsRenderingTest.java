package dev.quarry.internal.query;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Visit_.VISIT;
import static dev.quarry.fixture.graph.Author_.AUTHOR;
import static dev.quarry.fixture.graph.Book_.BOOK;
import static dev.quarry.fixture.graph.Genre_.GENRE;
import static dev.quarry.query.Sql.add;
import static dev.quarry.query.Sql.avg;
import static dev.quarry.query.Sql.cast;
import static dev.quarry.query.Sql.coalesce;
import static dev.quarry.query.Sql.concat;
import static dev.quarry.query.Sql.count;
import static dev.quarry.query.Sql.countDistinct;
import static dev.quarry.query.Sql.currentDate;
import static dev.quarry.query.Sql.divide;
import static dev.quarry.query.Sql.exists;
import static dev.quarry.query.Sql.function;
import static dev.quarry.query.Sql.lag;
import static dev.quarry.query.Sql.lead;
import static dev.quarry.query.Sql.length;
import static dev.quarry.query.Sql.lower;
import static dev.quarry.query.Sql.max;
import static dev.quarry.query.Sql.min;
import static dev.quarry.query.Sql.multiply;
import static dev.quarry.query.Sql.notExists;
import static dev.quarry.query.Sql.over;
import static dev.quarry.query.Sql.scalar;
import static dev.quarry.query.Sql.subtract;
import static dev.quarry.query.Sql.sum;
import static dev.quarry.query.Sql.sumLong;
import static dev.quarry.query.Sql.upper;
import static dev.quarry.query.Sql.value;
import static dev.quarry.query.Sql.when;
import static dev.quarry.query.Sql.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.quarry.fixture.Person;
import dev.quarry.fixture.Person_;
import dev.quarry.fixture.Visit;
import dev.quarry.fixture.graph.Author_;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.SqlLog;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.internal.sql.PostgresDialect;
import dev.quarry.internal.sql.SqliteDialect;
import dev.quarry.query.CompoundQuery;
import dev.quarry.query.Condition;
import dev.quarry.query.ReturningQuery;
import dev.quarry.query.Sql;
import dev.quarry.query.SelectStatement;
import dev.quarry.query.TextQuery;
import dev.quarry.query.Window;
import dev.quarry.query.WriteQuery;
import dev.quarry.query.WriteStatement;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Golden SQL, on PostgreSQL and on SQLite, for the capabilities of the SQL expression language
 * that the other rendering tests show on one dialect only (or not at all): every join kind and
 * relationship path, projections into records and {@code DISTINCT}, every aggregate and function,
 * {@code GROUP BY}/{@code HAVING}, every subquery form and set operation, window functions,
 * every write with {@code RETURNING}, keyset pagination, raw SQL, and that statements are
 * immutable and render once. Without a database.
 */
class DslGapsRenderingTest {
    private static Operations operations(Dialect dialect) {
        Engine engine = new Engine(dialect, new NoConnections(), new SqlLog(false));
        return new Operations(engine, engine);
    }

    private static final Operations PG = operations(new PostgresDialect());
    private static final Operations SQLITE = operations(new SqliteDialect());

    /** A record for {@code into}. */
    record NameAge(String name, int age) {
    }

    /** A record of three components for {@code into}. */
    record NameAgeBio(String name, int age, String bio) {
    }

    /** Asserts that {@code statement} renders {@code sql} with {@code parameters} on both dialects. */
    private static void assertRenders(String sql, List<?> parameters, Function<Operations, ?> statement) {
        assertRenders(sql, sql, parameters, statement);
    }

    /** Asserts the SQL each dialect renders for {@code statement}, and its parameters. */
    private static void assertRenders(String pg, String sqlite, List<?> parameters, Function<Operations, ?> statement) {
        check("PG", pg, parameters, statement.apply(PG));
        check("SQLITE", sqlite, parameters, statement.apply(SQLITE));
    }

    private static void check(String dialect, String sql, List<?> parameters, Object statement) {
        assertEquals(sql, sql(statement), dialect);
        assertEquals(parameters, parameters(statement), dialect);
    }

    private static String sql(Object statement) {
        if (statement instanceof SelectStatement select) {
            return select.toSql();
        }
        if (statement instanceof WriteQuery write) {
            return write.toSql();
        }
        if (statement instanceof ReturningQuery<?> returning) {
            return returning.toSql();
        }
        return ((TextQuery) statement).toSql();
    }

    private static List<Object> parameters(Object statement) {
        if (statement instanceof SelectStatement select) {
            return select.parameters();
        }
        if (statement instanceof WriteQuery write) {
            return write.parameters();
        }
        if (statement instanceof ReturningQuery<?> returning) {
            return returning.parameters();
        }
        return List.of();
    }

    // ---------------------------------------------------------------- joins

    @Test
    void innerLeftRightAndFullJoinsOnAnExplicitCondition() {
        assertRenders("SELECT \"visit\".\"person_id\", \"visit\".\"seq\", \"visit\".\"note\" FROM \"visit\" JOIN"
                + " \"people\" ON \"people\".\"id\" = \"visit\".\"person_id\" WHERE \"people\".\"name\" = ?",
                List.of("Ann"), ops -> ops.select(VISIT).join(PERSON).on(PERSON.id.eq(VISIT.personId))
                        .where(PERSON.name.eq("Ann")));
        assertRenders("SELECT \"people\".\"name\", COUNT(\"visit\".\"seq\") FROM \"people\" LEFT JOIN \"visit\" ON"
                + " \"visit\".\"person_id\" = \"people\".\"id\" GROUP BY \"people\".\"id\", \"people\".\"name\""
                + " ORDER BY \"people\".\"name\" ASC",
                List.of(), ops -> ops.select(PERSON).leftJoin(VISIT).on(VISIT.personId.eq(PERSON.id))
                        .select(PERSON.name, count(VISIT.seq)).groupBy(PERSON.id, PERSON.name).orderBy(PERSON.name.asc()));
        assertRenders("SELECT \"people\".\"name\", \"visit\".\"note\" FROM \"visit\" RIGHT JOIN \"people\" ON"
                + " \"people\".\"id\" = \"visit\".\"person_id\" WHERE \"people\".\"age\" > ?",
                List.of(3), ops -> ops.select(VISIT).rightJoin(PERSON).on(PERSON.id.eq(VISIT.personId))
                        .where(PERSON.age.gt(3)).select(PERSON.name, VISIT.note));
        assertRenders("SELECT \"people\".\"name\", \"visit\".\"note\" FROM \"people\" FULL JOIN \"visit\" ON"
                + " \"visit\".\"person_id\" = \"people\".\"id\" ORDER BY \"people\".\"name\" ASC NULLS LAST",
                List.of(), ops -> ops.select(PERSON).fullJoin(VISIT).on(VISIT.personId.eq(PERSON.id))
                        .select(PERSON.name, VISIT.note).orderBy(PERSON.name.asc().nullsLast()));
        assertRenders("SELECT \"visit\".\"person_id\", \"visit\".\"seq\", \"visit\".\"note\" FROM \"visit\" RIGHT JOIN"
                + " \"people\" ON \"people\".\"id\" = \"visit\".\"person_id\"",
                List.of(), ops -> ops.select(VISIT).rightJoin(PERSON).on(PERSON.id.eq(VISIT.personId)));
    }

    @Test
    void selfJoinsThroughAliasesSelectingFromSeveralTables() {
        Person_ older = PERSON.as("older");
        assertRenders("SELECT \"people\".\"name\", COUNT(\"older\".\"id\") FROM \"people\" JOIN \"people\" AS"
                + " \"older\" ON \"older\".\"age\" > \"people\".\"age\" GROUP BY \"people\".\"name\" ORDER BY"
                + " \"people\".\"name\" ASC",
                List.of(), ops -> ops.select(PERSON).join(older).on(older.age.gt(PERSON.age))
                        .select(PERSON.name, count(older.id)).groupBy(PERSON.name).orderBy(PERSON.name.asc()));
        assertRenders("SELECT \"people\".\"name\", \"visit\".\"seq\", \"visit\".\"note\", \"older\".\"name\" FROM"
                + " \"people\" JOIN \"visit\" ON \"visit\".\"person_id\" = \"people\".\"id\" LEFT JOIN \"people\""
                + " AS \"older\" ON \"older\".\"id\" = \"visit\".\"person_id\" AND \"older\".\"age\" >"
                + " \"people\".\"age\" WHERE \"visit\".\"note\" <> ?",
                List.of("x"), ops -> ops.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.id))
                        .leftJoin(older).on(older.id.eq(VISIT.personId).and(older.age.gt(PERSON.age)))
                        .where(VISIT.note.ne("x"))
                        .select(PERSON.name, VISIT.seq, VISIT.note, older.name));
    }

    @Test
    void joinsAlongRelationshipPaths() {
        assertRenders("SELECT \"books\".\"id\", \"books\".\"author_id\", \"books\".\"title\", \"books\".\"year\" FROM"
                + " \"books\" JOIN \"authors\" ON \"authors\".\"id\" = \"books\".\"author_id\" WHERE"
                + " \"authors\".\"name\" = ? ORDER BY \"books\".\"year\" ASC",
                List.of("Terry"), ops -> ops.select(BOOK).join(BOOK.author).where(AUTHOR.name.eq("Terry"))
                        .orderBy(BOOK.year.asc()));
        assertRenders("SELECT \"authors\".\"id\", \"authors\".\"name\" FROM \"authors\" LEFT JOIN \"books\" ON"
                + " \"books\".\"author_id\" = \"authors\".\"id\" WHERE \"books\".\"id\" IS NULL",
                List.of(), ops -> ops.select(AUTHOR).leftJoin(AUTHOR.books).where(BOOK.id.isNull()));
        assertRenders("SELECT \"books\".\"id\", \"books\".\"author_id\", \"books\".\"title\", \"books\".\"year\" FROM"
                + " \"books\" JOIN \"book_genres\" ON \"book_genres\".\"book_id\" = \"books\".\"id\" JOIN"
                + " \"genres\" ON \"genres\".\"id\" = \"book_genres\".\"genre_id\" WHERE \"genres\".\"name\" = ?",
                List.of("scifi"), ops -> ops.select(BOOK).join(BOOK.genres).where(GENRE.name.eq("scifi")));
        Author_ writer = AUTHOR.as("writer");
        assertRenders("SELECT \"books\".\"title\", \"writer\".\"name\" FROM \"books\" JOIN \"authors\" AS \"writer\""
                + " ON \"writer\".\"id\" = \"books\".\"author_id\" WHERE \"writer\".\"name\" = ?",
                List.of("Ursula"), ops -> ops.select(BOOK).join(BOOK.author, writer)
                        .where(writer.name.eq("Ursula")).select(BOOK.title, writer.name));
        assertRenders("SELECT \"books\".\"title\", \"writer\".\"name\" FROM \"books\" LEFT JOIN \"authors\" AS"
                + " \"writer\" ON \"writer\".\"id\" = \"books\".\"author_id\"",
                List.of(), ops -> ops.select(BOOK).leftJoin(BOOK.author, writer)
                        .select(BOOK.title, writer.name));
        assertRenders("SELECT DISTINCT \"genres\".\"id\", \"genres\".\"name\" FROM \"genres\" JOIN \"book_genres\" ON"
                + " \"book_genres\".\"genre_id\" = \"genres\".\"id\" JOIN \"books\" ON \"books\".\"id\" ="
                + " \"book_genres\".\"book_id\" JOIN \"authors\" ON \"authors\".\"id\" = \"books\".\"author_id\""
                + " WHERE \"authors\".\"name\" = ? ORDER BY \"genres\".\"name\" ASC",
                List.of("Ursula"), ops -> ops.select(GENRE).join(GENRE.books).join(BOOK.author)
                        .where(AUTHOR.name.eq("Ursula")).distinct().orderBy(GENRE.name.asc()));
    }

    // ---------------------------------------------------------------- projections

    @Test
    void projectionsIntoRecordsAndDistinct() {
        assertRenders("SELECT \"name\", \"age\" FROM \"people\" WHERE \"age\" >= ? ORDER BY \"age\" DESC",
                List.of(18), ops -> ops.select(PERSON).where(PERSON.age.ge(18))
                        .select(PERSON.name, PERSON.age).into(NameAge::new).orderBy(PERSON.age.desc()));
        assertRenders("SELECT \"name\", \"age\", \"bio\" FROM \"people\"",
                List.of(), ops -> ops.select(PERSON).select(PERSON.name, PERSON.age, PERSON.bio)
                        .into(NameAgeBio::new));
        assertRenders("SELECT DISTINCT \"status\" FROM \"people\" ORDER BY \"status\" ASC",
                List.of(), ops -> ops.select(PERSON).select(PERSON.status).distinct()
                        .orderBy(PERSON.status.asc()));
        assertRenders("SELECT DISTINCT \"name\", \"age\" FROM \"people\"",
                List.of(), ops -> ops.select(PERSON).select(PERSON.name, PERSON.age).distinct());
        assertRenders("SELECT DISTINCT \"people\".\"id\", \"people\".\"name\", \"people\".\"email\","
                + " \"people\".\"bio\", \"people\".\"age\", \"people\".\"created_at\", \"people\".\"status\" FROM"
                + " \"people\" JOIN \"visit\" ON \"visit\".\"person_id\" = \"people\".\"id\"",
                List.of(), ops -> ops.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.id)).distinct());
    }

    // ---------------------------------------------------------------- aggregates and functions

    @Test
    void everyAggregateWithGroupByAndHaving() {
        assertRenders("SELECT \"person_id\", COUNT(*), COUNT(\"note\"), COUNT(DISTINCT \"note\"), SUM(\"seq\"),"
                + " SUM(\"seq\") FROM \"visit\" GROUP BY \"person_id\" HAVING COUNT(*) > ? AND MAX(\"seq\") >= ?"
                + " ORDER BY COUNT(*) DESC",
                List.of(1L, 2), ops -> ops.select(VISIT).select(VISIT.personId, count(), count(VISIT.note),
                        countDistinct(VISIT.note), sum(VISIT.seq), sumLong(VISIT.seq))
                        .groupBy(VISIT.personId)
                        .having(Sql.<Visit>count().gt(1L))
                        .having(max(VISIT.seq).ge(2))
                        .orderBy(Sql.<Visit>count().desc()));
        assertRenders("SELECT AVG(\"age\"), MIN(\"age\"), MAX(\"age\"), MIN(\"name\"), MAX(\"created_at\") FROM"
                + " \"people\"",
                List.of(), ops -> ops.select(PERSON).select(avg(PERSON.age), min(PERSON.age), max(PERSON.age),
                        min(PERSON.name), max(PERSON.createdAt)));
        assertRenders("SELECT \"status\", \"age\", COUNT(*) FROM \"people\" GROUP BY \"status\", \"age\" HAVING"
                + " AVG(\"age\") < ?",
                List.of(BigDecimal.TEN), ops -> ops.select(PERSON).select(PERSON.status, PERSON.age, count())
                        .groupBy(PERSON.status, PERSON.age).having(avg(PERSON.age).lt(BigDecimal.TEN)));
    }

    @Test
    void everyFunctionAndOperator() {
        assertRenders("SELECT LOWER(\"name\"), UPPER(\"email\"), LENGTH(\"name\"), \"name\" || ? || \"email\" || ?,"
                + " COALESCE(\"bio\", ?), COALESCE(\"bio\", \"email\") FROM \"people\"",
                List.of(" <", ">", "none"), ops -> ops.select(PERSON).select(lower(PERSON.name),
                        upper(PERSON.email), length(PERSON.name), concat(PERSON.name, value(" <"), PERSON.email, value(">")),
                        coalesce(PERSON.bio, "none"), coalesce(PERSON.bio, PERSON.email)));
        assertRenders("SELECT (\"age\" * ?) + ?, \"age\" - ?, \"age\" / ?, \"age\" + \"age\", \"age\" - (\"age\" *"
                + " \"age\") FROM \"people\" WHERE (\"age\" / \"age\") < ?",
                List.of(2, 1, 3, 4, 5), ops -> ops.select(PERSON).select(add(multiply(PERSON.age, 2), 1),
                        subtract(PERSON.age, 3), divide(PERSON.age, 4), add(PERSON.age, PERSON.age),
                        subtract(PERSON.age, multiply(PERSON.age, PERSON.age))).where(divide(PERSON.age, PERSON.age).lt(5)));
        assertRenders("SELECT CURRENT_TIMESTAMP, CURRENT_DATE, CASE WHEN \"age\" < ? THEN ? ELSE \"name\" END, CASE"
                + " WHEN \"age\" BETWEEN ? AND ? THEN \"email\" END, CASE WHEN \"age\" > ? THEN ? ELSE ? END FROM"
                + " \"people\"",
                List.of(18, "minor", 18, 65, 65, "senior", "other"), ops -> ops.select(PERSON).select(
                        Sql.<Person>now(), currentDate(),
                        when(PERSON.age.lt(18), "minor").otherwise(PERSON.name),
                        when(PERSON.age.between(18, 65), PERSON.email).end(),
                        when(PERSON.age.gt(65), "senior").otherwise("other")));
        assertRenders("SELECT CAST(\"age\" AS text), CAST(\"name\" AS bigint), CAST(\"age\" AS numeric), CAST(\"name\""
                + " AS integer), CAST(\"age\" AS double precision) FROM \"people\"",
                "SELECT CAST(\"age\" AS TEXT), CAST(\"name\" AS INTEGER), CAST(\"age\" AS NUMERIC), CAST(\"name\""
                + " AS INTEGER), CAST(\"age\" AS REAL) FROM \"people\"",
                List.of(), ops -> ops.select(PERSON).select(cast(PERSON.age, String.class),
                        cast(PERSON.name, Long.class), cast(PERSON.age, BigDecimal.class), cast(PERSON.name, Integer.class),
                        cast(PERSON.age, Double.class)));
        assertRenders("SELECT abs(\"age\" + ?), replace(\"name\", \"email\", \"bio\") FROM \"people\" WHERE"
                + " abs(\"age\") > ?",
                List.of(-1, 10), ops -> ops.select(PERSON).select(function("abs", Integer.class,
                        add(PERSON.age, -1)), function("replace", String.class, PERSON.name, PERSON.email, PERSON.bio))
                        .where(function("abs", Integer.class, PERSON.age).gt(10)));
    }

    // ---------------------------------------------------------------- subqueries and set operations

    @Test
    void existsNotExistsAndScalarSubqueriesOnEveryDialect() {
        assertRenders("SELECT \"name\" FROM \"people\" WHERE EXISTS (SELECT \"visit\".\"person_id\","
                + " \"visit\".\"seq\", \"visit\".\"note\" FROM \"visit\" WHERE \"visit\".\"person_id\" ="
                + " \"people\".\"id\" AND \"visit\".\"note\" = ?)",
                List.of("x"), ops -> ops.select(PERSON).select(PERSON.name)
                        .where(exists(ops.select(VISIT).where(VISIT.personId.eq(PERSON.id)).where(VISIT.note.eq("x")))));
        assertRenders("SELECT \"id\", \"name\", \"email\", \"bio\", \"age\", \"created_at\", \"status\" FROM"
                + " \"people\" WHERE NOT EXISTS (SELECT \"visit\".\"seq\" FROM \"visit\" WHERE"
                + " \"visit\".\"person_id\" = \"people\".\"id\")",
                List.of(), ops -> ops.select(PERSON).where(notExists(ops.select(VISIT)
                        .select(VISIT.seq).where(VISIT.personId.eq(PERSON.id)))));
        assertRenders("SELECT \"name\", (SELECT COUNT(*) FROM \"visit\" WHERE \"visit\".\"person_id\" ="
                + " \"people\".\"id\") FROM \"people\" WHERE (SELECT MAX(\"visit\".\"seq\") FROM \"visit\" WHERE"
                + " \"visit\".\"person_id\" = \"people\".\"id\") > ?",
                List.of(2), ops -> ops.select(PERSON).select(PERSON.name,
                        scalar(ops.select(VISIT).select(count()).where(VISIT.personId.eq(PERSON.id))))
                        .where(Sql.<Person, Integer>scalar(ops.select(VISIT).select(max(VISIT.seq))
                        .where(VISIT.personId.eq(PERSON.id))).gt(2)));
        Person_ other = PERSON.as("other");
        assertRenders("SELECT \"name\" FROM \"people\" WHERE \"age\" = (SELECT MAX(\"other\".\"age\") FROM \"people\""
                + " AS \"other\")",
                List.of(), ops -> ops.select(PERSON).select(PERSON.name)
                        .where(PERSON.age.eq(scalar(ops.select(other).select(max(other.age))))));
        assertRenders("SELECT \"name\" FROM \"people\" WHERE \"id\" NOT IN (SELECT \"visit\".\"person_id\" FROM"
                + " \"visit\" WHERE \"visit\".\"note\" = ?)",
                List.of("y"), ops -> ops.select(PERSON).select(PERSON.name)
                        .where(PERSON.id.notIn(ops.select(VISIT).where(VISIT.note.eq("y")).select(VISIT.personId))));
    }

    @Test
    void intersectAndExceptOnEveryDialect() {
        assertRenders("SELECT \"name\" FROM \"people\" INTERSECT SELECT \"note\" FROM \"visit\" EXCEPT SELECT \"name\""
                + " FROM \"people\" WHERE \"age\" > ?",
                List.of(1), ops -> ops.select(PERSON).select(PERSON.name)
                        .intersect(ops.select(VISIT).select(VISIT.note))
                        .except(ops.select(PERSON).where(PERSON.age.gt(1)).select(PERSON.name)));
        assertRenders("SELECT \"name\", \"age\" FROM \"people\" EXCEPT SELECT \"name\", \"age\" FROM \"people\" WHERE"
                + " \"age\" < ? ORDER BY 2 DESC",
                List.of(30), ops -> ops.select(PERSON).select(PERSON.name, PERSON.age)
                        .except(ops.select(PERSON).where(PERSON.age.lt(30)).select(PERSON.name, PERSON.age))
                        .orderBy(PERSON.age.desc()));
    }

    // ---------------------------------------------------------------- window functions

    @Test
    void lagLeadAndAggregatesOverWindowsOnEveryDialect() {
        Window ordered = window().partitionBy(VISIT.personId).orderBy(VISIT.seq.asc());
        assertRenders("SELECT \"note\", LAG(\"note\") OVER (PARTITION BY \"person_id\" ORDER BY \"seq\" ASC),"
                + " LAG(\"note\", ?) OVER (PARTITION BY \"person_id\" ORDER BY \"seq\" ASC), LEAD(\"seq\") OVER"
                + " (PARTITION BY \"person_id\" ORDER BY \"seq\" ASC), LEAD(\"seq\", ?) OVER (PARTITION BY"
                + " \"person_id\" ORDER BY \"seq\" ASC) FROM \"visit\"",
                List.of(2, 3), ops -> ops.select(VISIT).select(VISIT.note, lag(VISIT.note).over(ordered),
                        lag(VISIT.note, 2).over(ordered), lead(VISIT.seq).over(ordered), lead(VISIT.seq, 3).over(ordered)));
        assertRenders("SELECT SUM(\"seq\") OVER (PARTITION BY \"person_id\" ORDER BY \"seq\" ASC), SUM(\"seq\") OVER"
                + " (PARTITION BY \"person_id\"), COUNT(*) OVER (PARTITION BY \"person_id\" ORDER BY \"seq\" ASC),"
                + " AVG(\"seq\") OVER (), MIN(\"seq\") OVER (PARTITION BY \"person_id\" ORDER BY \"seq\" ASC),"
                + " MAX(\"note\") OVER (PARTITION BY \"person_id\" ORDER BY \"seq\" ASC) FROM \"visit\"",
                List.of(), ops -> ops.select(VISIT).select(over(sum(VISIT.seq), ordered),
                        over(sumLong(VISIT.seq), window().partitionBy(VISIT.personId)), over(count(), ordered),
                        over(avg(VISIT.seq), window()), over(min(VISIT.seq), ordered), over(max(VISIT.note), ordered)));
    }

    // ---------------------------------------------------------------- writes

    @Test
    void insertSelectAndMultiRowInsertsOnEveryDialect() {
        assertRenders("INSERT INTO \"visit\" (\"person_id\", \"seq\", \"note\") SELECT \"people\".\"id\","
                + " \"people\".\"age\", \"people\".\"name\" FROM \"people\" WHERE \"people\".\"age\" >= ?",
                "INSERT INTO \"visit\" (\"person_id\", \"seq\", \"note\") SELECT \"people\".\"id\","
                + " \"people\".\"age\", \"people\".\"name\" FROM \"people\" WHERE \"people\".\"age\" >= ?",
                List.of(18), ops -> ops.insertInto(VISIT).columns(VISIT.personId, VISIT.seq, VISIT.note)
                        .select(ops.select(PERSON).where(PERSON.age.ge(18)).select(PERSON.id, PERSON.age, PERSON.name)));
        assertRenders("INSERT INTO \"visit\" (\"note\") SELECT \"people\".\"name\" FROM \"people\" WHERE 1 = 1 ON"
                + " CONFLICT DO NOTHING",
                "INSERT INTO \"visit\" (\"note\") SELECT \"people\".\"name\" FROM \"people\" WHERE 1 = 1 ON"
                + " CONFLICT DO NOTHING",
                List.of(), ops -> ops.insertInto(VISIT).columns(VISIT.note)
                        .select(ops.select(PERSON).select(PERSON.name)).onConflictDoNothing());
        assertRenders("INSERT INTO \"visit\" (\"person_id\", \"seq\", \"note\") VALUES (?, ?, ?), (?, ?, ?)",
                Arrays.asList(1L, 1, "a", 1L, 2, null), ops -> ops.insertInto(VISIT)
                        .values(List.of(new Visit(1L, 1, "a"), new Visit(1L, 2, null))));
        assertRenders("INSERT INTO \"visit\" (\"person_id\", \"seq\", \"note\") VALUES (?, ?, ?), (?, ?, ?) ON"
                + " CONFLICT (\"person_id\", \"seq\") DO NOTHING",
                Arrays.asList(1L, 1, "a", 1L, 2, "b"), ops -> ops.insertInto(VISIT)
                        .values(List.of(new Visit(1L, 1, "a"), new Visit(1L, 2, "b")))
                        .onConflict(VISIT.personId, VISIT.seq).doNothing());
        assertRenders("INSERT INTO \"visit\" (\"person_id\", \"seq\", \"note\") VALUES (?, ?, ?) ON CONFLICT"
                + " (\"person_id\", \"seq\") DO UPDATE SET \"note\" = ? RETURNING \"person_id\", \"seq\", \"note\"",
                Arrays.asList(1L, 1, "a", "again"), ops -> ops.insertInto(VISIT)
                        .values(new Visit(1L, 1, "a"))
                        .onConflict(List.of(VISIT.personId, VISIT.seq)).doUpdateSet(VISIT.note, "again")
                        .returning());
    }

    @Test
    void returningOnInsertUpdateAndDeleteAsEntitiesAndTuples() {
        Person ann = new Person("Ann", "ann@x", 30);
        assertRenders("INSERT INTO \"people\" (\"name\", \"email\", \"bio\", \"age\", \"status\") VALUES (?, ?, ?, ?,"
                + " ?) RETURNING \"id\", \"name\", \"email\", \"bio\", \"age\", \"created_at\", \"status\"",
                Arrays.asList("Ann", "ann@x", null, 30, Person.Status.ACTIVE),
                ops -> ops.insertInto(PERSON).values(ann).returning());
        assertRenders("INSERT INTO \"people\" (\"name\", \"email\", \"bio\", \"age\", \"status\") VALUES (?, ?, ?, ?,"
                + " ?) RETURNING \"id\"",
                Arrays.asList("Ann", "ann@x", null, 30, Person.Status.ACTIVE),
                ops -> ops.insertInto(PERSON).values(ann).returning(PERSON.id));
        assertRenders("INSERT INTO \"people\" (\"name\", \"email\", \"bio\", \"age\", \"status\") VALUES (?, ?, ?, ?,"
                + " ?), (?, ?, ?, ?, ?) RETURNING \"id\", \"created_at\", UPPER(\"name\")",
                Arrays.asList("Ann", "ann@x", null, 30, Person.Status.ACTIVE, "Ann", "ann@x", null, 30,
                        Person.Status.ACTIVE),
                ops -> ops.insertInto(PERSON).values(List.of(ann, ann)).returning(PERSON.id, PERSON.createdAt,
                        upper(PERSON.name)));
        assertRenders("UPDATE \"people\" SET \"age\" = \"age\" + ? WHERE \"age\" < ? RETURNING \"id\", \"name\","
                + " \"email\", \"bio\", \"age\", \"created_at\", \"status\"",
                List.of(1, 18), ops -> ops.update(PERSON).setExpression(PERSON.age, add(PERSON.age, 1))
                        .where(PERSON.age.lt(18)).returning());
        assertRenders("UPDATE \"people\" SET \"bio\" = ? WHERE \"age\" < ? RETURNING \"id\", \"bio\"",
                List.of("x", 18), ops -> ops.update(PERSON).set(PERSON.bio, "x").where(PERSON.age.lt(18))
                        .returning(PERSON.id, PERSON.bio));
        assertRenders("DELETE FROM \"people\" WHERE NOT EXISTS (SELECT \"visit\".\"person_id\", \"visit\".\"seq\","
                + " \"visit\".\"note\" FROM \"visit\" WHERE \"visit\".\"person_id\" = \"people\".\"id\") RETURNING"
                + " \"id\", \"name\", \"email\", \"bio\", \"age\", \"created_at\", \"status\"",
                List.of(), ops -> ops.delete(PERSON).where(notExists(ops.select(VISIT)
                        .where(VISIT.personId.eq(PERSON.id)))).returning());
        assertRenders("DELETE FROM \"people\" WHERE \"age\" < ? RETURNING \"id\", \"name\", \"status\"",
                List.of(3), ops -> ops.delete(PERSON).where(PERSON.age.lt(3))
                        .returning(PERSON.id, PERSON.name, PERSON.status));
        assertRenders("DELETE FROM \"visit\" RETURNING \"note\"",
                List.of(), ops -> ops.delete(VISIT).all().returning(VISIT.note));
    }

    @Test
    void updatesAndDeletesWithJoinsInASubqueryOfTheirCondition() {
        Person_ friend = PERSON.as("friend");
        assertRenders("UPDATE \"visit\" SET \"note\" = ? WHERE \"person_id\" IN (SELECT \"people\".\"id\" FROM"
                + " \"people\" JOIN \"people\" AS \"friend\" ON \"friend\".\"age\" = \"people\".\"age\" WHERE"
                + " \"friend\".\"name\" = ?)",
                List.of("seen", "Ann"), ops -> ops.update(VISIT).set(VISIT.note, "seen")
                        .where(VISIT.personId.in(ops.select(PERSON).join(friend).on(friend.age.eq(PERSON.age))
                        .where(friend.name.eq("Ann")).select(PERSON.id))));
        assertRenders("DELETE FROM \"people\" WHERE EXISTS (SELECT \"visit\".\"person_id\", \"visit\".\"seq\","
                + " \"visit\".\"note\" FROM \"visit\" JOIN \"people\" AS \"friend\" ON \"friend\".\"id\" ="
                + " \"visit\".\"person_id\" WHERE \"visit\".\"person_id\" = \"people\".\"id\" AND"
                + " \"friend\".\"bio\" = ?)",
                List.of("x"), ops -> ops.delete(PERSON).where(exists(ops.select(VISIT)
                        .join(friend).on(friend.id.eq(VISIT.personId))
                        .where(VISIT.personId.eq(PERSON.id)).where(friend.bio.eq("x")))));
        assertRenders("UPDATE \"visit\" SET \"seq\" = \"seq\" * ? WHERE \"seq\" < ?",
                List.of(2, 10), ops -> ops.update(VISIT).setExpression(VISIT.seq, multiply(VISIT.seq, 2))
                        .where(VISIT.seq.lt(10)));
        assertRenders("DELETE FROM \"people\" WHERE LENGTH(\"name\") < ?",
                List.of(3), ops -> ops.delete(PERSON).where(length(PERSON.name).lt(3)));
        assertRenders("UPDATE \"people\" SET \"age\" = (SELECT MAX(\"visit\".\"seq\") FROM \"visit\" WHERE"
                + " \"visit\".\"person_id\" = \"people\".\"id\")",
                List.of(), ops -> ops.update(PERSON).setExpression(PERSON.age,
                        scalar(ops.select(VISIT).select(max(VISIT.seq)).where(VISIT.personId.eq(PERSON.id)))).all());
    }

    // ---------------------------------------------------------------- pagination

    @Test
    void offsetAndKeysetPaginationOnEveryDialect() {
        assertRenders("SELECT \"name\" FROM \"people\" ORDER BY \"id\" ASC LIMIT ? OFFSET ?",
                "SELECT \"name\" FROM \"people\" ORDER BY \"id\" ASC LIMIT ? OFFSET ?",
                List.of(10L, 20L), ops -> ops.select(PERSON).select(PERSON.name)
                        .orderBy(PERSON.id.asc()).limit(10).offset(20));
        assertRenders("SELECT \"id\", \"name\", \"email\", \"bio\", \"age\", \"created_at\", \"status\" FROM"
                + " \"people\" WHERE \"id\" < ? ORDER BY \"id\" DESC LIMIT ?",
                List.of(100L, 5L), ops -> ops.select(PERSON).orderBy(PERSON.id.desc()).seek(100L).limit(5));
        assertRenders("SELECT \"name\" FROM \"people\" WHERE (\"age\" < ? OR (\"age\" = ? AND \"id\" > ?)) ORDER BY"
                + " \"age\" DESC, \"id\" ASC",
                List.of(30, 30, 7L), ops -> ops.select(PERSON).select(PERSON.name)
                        .orderBy(PERSON.age.desc(), PERSON.id.asc()).seek(30, 7L));
        assertRenders("SELECT \"people\".\"id\", \"people\".\"name\", \"people\".\"email\", \"people\".\"bio\","
                + " \"people\".\"age\", \"people\".\"created_at\", \"people\".\"status\" FROM \"people\" JOIN"
                + " \"visit\" ON \"visit\".\"person_id\" = \"people\".\"id\" WHERE (\"visit\".\"seq\","
                + " \"people\".\"id\") > (?, ?) ORDER BY \"visit\".\"seq\" ASC, \"people\".\"id\" ASC LIMIT ?",
                List.of(1, 2L, 3L), ops -> ops.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.id))
                        .orderBy(VISIT.seq.asc(), PERSON.id.asc()).seek(1, 2L).limit(3));
        assertRenders("SELECT \"people\".\"name\", \"visit\".\"seq\" FROM \"people\" JOIN \"visit\" ON"
                + " \"visit\".\"person_id\" = \"people\".\"id\" WHERE (\"visit\".\"seq\" < ? OR (\"visit\".\"seq\""
                + " = ? AND \"people\".\"id\" > ?)) ORDER BY \"visit\".\"seq\" DESC, \"people\".\"id\" ASC",
                List.of(2, 2, 9L), ops -> ops.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.id))
                        .select(PERSON.name, VISIT.seq).orderBy(VISIT.seq.desc(), PERSON.id.asc()).seek(2, 9L));
    }

    // ---------------------------------------------------------------- raw SQL

    @Test
    void textRendersTheSameOnEveryDialect() {
        assertRenders("select name, age from people where age > ? and name like ? or bio = ?", List.of(),
                ops -> ops.text("select name, age from people where age > :age and name like :p or bio = :p"));
    }

    // ---------------------------------------------------------------- immutability and caching

    @Test
    void everyKindOfStatementIsImmutableAndRendersOnce() {
        for (Operations ops : List.of(PG, SQLITE)) {
            var projection = ops.select(PERSON).select(PERSON.name, PERSON.age).into(NameAge::new);
            assertSame(projection.toSql(), projection.toSql());
            var joined = ops.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.id));
            assertSame(joined.toSql(), joined.toSql());
            String joinedSql = joined.toSql();
            joined.where(VISIT.seq.gt(1)).limit(3).distinct().orderBy(PERSON.id.asc());
            joined.join(PERSON.as("p")).on(PERSON.as("p").id.eq(PERSON.id));
            assertEquals(joinedSql, joined.toSql(), "refining a join query leaves it as it was");

            CompoundQuery<String> names = ops.select(PERSON).select(PERSON.name).union(ops.select(VISIT).select(VISIT.note));
            String namesSql = names.toSql();
            assertSame(namesSql, names.toSql());
            names.orderBy(PERSON.name.asc()).limit(1);
            names.except(ops.select(PERSON).select(PERSON.email));
            assertEquals(namesSql, names.toSql(), "refining a set operation leaves it as it was");

            WriteStatement<Person> update = ops.update(PERSON).set(PERSON.bio, "x").where(PERSON.age.gt(1));
            String updateSql = update.toSql();
            assertSame(updateSql, update.toSql());
            ReturningQuery<Long> returning = update.returning(PERSON.id);
            assertSame(returning.toSql(), returning.toSql());
            assertNotSame(updateSql, returning.toSql());
            assertEquals(updateSql, update.toSql(), "adding RETURNING leaves the update as it was");

            var insert = ops.insertInto(PERSON).values(new Person("Ann", "a@x", 1));
            String insertSql = insert.toSql();
            assertSame(insertSql, insert.toSql());
            insert.onConflict(PERSON.email).doUpdateSetExcluded(PERSON.age);
            assertEquals(insertSql, insert.toSql(), "adding ON CONFLICT leaves the insert as it was");

            var delete = ops.delete(PERSON).where(PERSON.age.lt(1));
            assertSame(delete.toSql(), delete.toSql());
        }
    }

    @Test
    void conditionsWindowsAndCasesAreValuesThatCanBeShared() {
        Condition<Person> adult = PERSON.age.ge(18);
        Condition<Person> adultAnn = adult.and(PERSON.name.eq("Ann"));
        adult.or(PERSON.bio.isNull());
        adult.not();
        Window base = window().partitionBy(VISIT.personId);
        base.orderBy(VISIT.seq.desc());
        var caseStep = when(PERSON.age.lt(18), "minor");
        caseStep.when(PERSON.age.lt(65), "adult");
        assertRenders("SELECT \"name\", CASE WHEN \"age\" < ? THEN ? ELSE ? END FROM \"people\" WHERE \"age\" >= ? AND"
                + " \"age\" >= ? AND \"name\" = ?",
                List.of(18, "minor", "other", 18, 18, "Ann"), ops -> ops.select(PERSON)
                        .select(PERSON.name, caseStep.otherwise("other"))
                        .where(adult).where(adultAnn));
        assertRenders("SELECT \"note\", COUNT(*) OVER (PARTITION BY \"person_id\") FROM \"visit\"",
                List.of(), ops -> ops.select(VISIT).select(VISIT.note, over(count(), base)));
    }
}
