package dev.quarry;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Sample_.SAMPLE;
import static dev.quarry.fixture.Visit_.VISIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.NoResultException;
import dev.quarry.exception.NonUniqueResultException;
import dev.quarry.fixture.Person;
import dev.quarry.fixture.Person_;
import dev.quarry.fixture.Visit;
import dev.quarry.fixture.Visit_;
import dev.quarry.query.CommonTable2;
import dev.quarry.query.Sql;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The DSL's statements against a real database; one subclass per dialect. */
abstract class DslBehaviour extends DatabaseTestBase {
    @Test
    void insertReturnsGeneratedKeyAndOmittedDefault() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        Person ada = person("Ada", 36);
        Person inserted = db.insert(PERSON, ada);
        assertTrue(inserted == ada, "a class entity is updated in place");
        assertNotNull(ada.id());
        assertNotNull(ada.createdAt(), "the server default comes back");
        assertFalse(ada.createdAt().isBefore(before));

        Person read = db.get(PERSON, ada.id()).orElseThrow();
        assertEquals("Ada", read.name());
        assertEquals("ada@example.com", read.getEmail());
        assertEquals(36, read.age());
        assertEquals(ada.createdAt(), read.createdAt());
        assertEquals(Person.Status.ACTIVE, read.status());
        assertNull(read.bio());
        assertTrue(db.get(PERSON, ada.id() + 1000).isEmpty());
    }

    @Test
    void insertKeepsAGivenValueForAServerDefaultColumn() {
        Instant at = Instant.parse("2020-02-03T04:05:06.123456789Z");
        Person ada = db.insert(PERSON, person("Ada", 36).createdAt(at));
        Person read = db.get(PERSON, ada.id()).orElseThrow();
        assertEquals(at.truncatedTo(ChronoUnit.MICROS), read.createdAt(), "instants keep microseconds");
    }

    @Test
    void insertAllReturnsEntitiesInInputOrderAcrossDefaultGroups() {
        Instant at = Instant.parse("2021-01-01T00:00:00Z");
        List<Person> input = List.of(person("A", 1), person("B", 2).createdAt(at), person("C", 3),
                person("D", 4).createdAt(at));
        List<Person> inserted = db.insertAll(PERSON, input);
        assertEquals(4, inserted.size());
        for (int i = 0; i < input.size(); i++) {
            assertTrue(inserted.get(i) == input.get(i));
            assertNotNull(inserted.get(i).id());
            assertNotNull(inserted.get(i).createdAt());
        }
        assertEquals(at, inserted.get(1).createdAt());
        assertEquals(4, Set.copyOf(inserted.stream().map(Person::id).toList()).size());
        for (Person person : inserted) {
            assertEquals(person.name(), db.get(PERSON, person.id()).orElseThrow().name());
        }
        assertEquals(List.of(), db.insertAll(PERSON, List.of()));
    }

    @Test
    void insertAllSplitsStatementsAtTheParameterLimit() {
        Person owner = db.insert(PERSON, person("Owner", 50));
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            visits.add(new Visit(owner.id(), i, "visit " + i));
        }
        List<Visit> inserted = db.insertAll(VISIT, visits);
        assertEquals(visits, inserted);
        assertEquals(25_000L, db.select(VISIT).count());
        assertEquals("visit 24999", db.get(VISIT, new Visit_.Key(owner.id(), 24_999)).orElseThrow().note());
    }

    @Test
    void selectFiltersSortsAndPages() {
        db.insertAll(PERSON, List.of(person("Ada", 36), person("Bob", 17), person("Cy", 70).bio("old"),
                person("Di", 25)));
        List<String> adults = db.select(PERSON)
                .where(PERSON.age.ge(18))
                .orderBy(PERSON.age.desc())
                .fetch().stream().map(Person::name).toList();
        assertEquals(List.of("Cy", "Ada", "Di"), adults);

        assertEquals(List.of("Ada", "Di"), names(db.select(PERSON).orderBy(PERSON.name.asc()).limit(2).offset(0)
                .where(PERSON.name.in(List.of("Ada", "Di", "Zed")))));
        assertEquals(List.of("Bob", "Cy"), names(db.select(PERSON).orderBy(PERSON.name.asc()).offset(1).limit(2)));
        assertEquals(List.of("Di"), names(db.select(PERSON).orderBy(PERSON.name.asc()).offset(3)));
        assertEquals(List.of("Cy"), names(db.select(PERSON).where(PERSON.bio.isNotNull())));
        assertEquals(List.of("Ada", "Bob", "Di"), names(db.select(PERSON).where(PERSON.bio.isNull())
                .orderBy(PERSON.name.asc())));
        assertEquals(List.of("Ada", "Di"), names(db.select(PERSON).where(PERSON.age.between(20, 40))
                .orderBy(PERSON.name.asc())));
        assertEquals(List.of("Bob", "Cy"), names(db.select(PERSON)
                .where(PERSON.age.lt(18).or(PERSON.name.like("C%"))).orderBy(PERSON.name.asc())));
        assertEquals(List.of("Ada", "Di"), names(db.select(PERSON)
                .where(PERSON.age.lt(18).or(PERSON.name.like("C%")).not()).orderBy(PERSON.name.asc())));
        assertEquals(List.of(), names(db.select(PERSON).where(PERSON.name.in(List.of()))));
        assertEquals(4, db.select(PERSON).where(PERSON.name.notIn(List.of())).count());
        assertEquals(3, db.select(PERSON).where(PERSON.name.notLike("B%")).count());
        assertEquals(3, db.select(PERSON).where(PERSON.status.eq(Person.Status.ACTIVE).and(PERSON.age.ne(17))).count());
        assertEquals(2, db.select(PERSON).orderBy(PERSON.name.asc()).limit(2).count(), "count honours limit");
        assertEquals(1, db.select(PERSON).offset(3).count(), "count honours offset");
    }

    @Test
    void nullsFirstAndLast() {
        db.insertAll(PERSON, List.of(person("Ada", 1).bio("b"), person("Bob", 2), person("Cy", 3).bio("a")));
        assertEquals(List.of("Bob", "Cy", "Ada"), names(db.select(PERSON).orderBy(PERSON.bio.asc().nullsFirst())));
        assertEquals(List.of("Cy", "Ada", "Bob"), names(db.select(PERSON).orderBy(PERSON.bio.asc().nullsLast())));
        assertEquals(List.of("Bob", "Ada", "Cy"), names(db.select(PERSON).orderBy(PERSON.bio.desc().nullsFirst())));
    }

    @Test
    void aliasedTableQueries() {
        db.insertAll(PERSON, List.of(person("Ada", 36), person("Bob", 17)));
        Person_ p = PERSON.as("p");
        assertEquals(List.of("Ada"), names(db.select(p).where(p.age.gt(18))));
        assertEquals(1, db.update(p).set(p.bio, "aliased").where(p.name.eq("Bob")).execute());
        assertEquals("aliased", db.select(PERSON).where(PERSON.name.eq("Bob")).one().bio());
        assertEquals(1, db.delete(p).where(p.name.eq("Bob")).execute());
    }

    @Test
    void oneAndFindOne() {
        db.insertAll(PERSON, List.of(person("Ada", 36), person("Bob", 36)));
        assertEquals("Ada", db.select(PERSON).where(PERSON.name.eq("Ada")).one().name());
        assertTrue(db.select(PERSON).where(PERSON.name.eq("Zed")).findOne().isEmpty());
        assertThrows(NoResultException.class, () -> db.select(PERSON).where(PERSON.name.eq("Zed")).one());
        assertThrows(NonUniqueResultException.class, () -> db.select(PERSON).where(PERSON.age.eq(36)).findOne());
        assertThrows(NonUniqueResultException.class, () -> db.select(PERSON).where(PERSON.age.eq(36)).one());
    }

    @Test
    void queriesAreImmutableAndReusable() {
        db.insertAll(PERSON, List.of(person("Ada", 36), person("Bob", 17)));
        var all = db.select(PERSON);
        var adults = all.where(PERSON.age.ge(18));
        assertEquals(2, all.fetch().size());
        assertEquals(1, adults.fetch().size());
        db.insert(PERSON, person("Cy", 50));
        assertEquals(2, adults.fetch().size(), "a kept query runs again");
    }

    @Test
    void streamClosesItsConnectionWhenReadToTheEnd() {
        db.insertAll(PERSON, List.of(person("Ada", 36), person("Bob", 17), person("Cy", 70)));
        Stream<Person> stream = db.select(PERSON).orderBy(PERSON.name.asc()).stream();
        assertEquals(1, db.poolStats().active(), "an open stream holds a connection");
        assertEquals(List.of("Ada", "Bob", "Cy"), stream.map(Person::name).toList());
        assertEquals(0, db.poolStats().active());
        stream.close();
    }

    @Test
    void streamClosesItsConnectionWhenClosedEarly() {
        db.insertAll(PERSON, List.of(person("Ada", 36), person("Bob", 17), person("Cy", 70)));
        try (Stream<Person> stream = db.select(PERSON).orderBy(PERSON.name.asc()).stream()) {
            Iterator<Person> rows = stream.iterator();
            assertEquals("Ada", rows.next().name());
            assertEquals(1, db.poolStats().active());
        }
        assertEquals(0, db.poolStats().active());
        try (Stream<Person> stream = db.select(PERSON).stream()) {
            assertEquals(1, stream.limit(1).count());
        }
    }

    @Test
    void streamInsideATransactionUsesItsConnection() {
        db.insertAll(PERSON, List.of(person("Ada", 36), person("Bob", 17)));
        db.useTransaction(tx -> {
            tx.insert(PERSON, person("Cy", 70));
            try (Stream<Person> stream = db.select(PERSON).stream()) {
                assertEquals(3, stream.count(), "sees the transaction's own insert");
            }
            assertEquals(1, db.poolStats().active());
        });
    }

    @Test
    void updateAndDeleteReturnRowCounts() {
        db.insertAll(PERSON, List.of(person("Ada", 36), person("Bob", 17), person("Cy", 70)));
        assertEquals(2, db.update(PERSON).set(PERSON.bio, "adult").set(PERSON.status, Person.Status.BANNED)
                .where(PERSON.age.ge(18)).execute());
        assertEquals(Set.of("Ada", "Cy"), Set.copyOf(names(db.select(PERSON).where(PERSON.bio.eq("adult")))));
        assertEquals(2, db.select(PERSON).where(PERSON.status.eq(Person.Status.BANNED)).count());
        assertEquals(3, db.update(PERSON).set(PERSON.bio, null).all().execute());
        assertEquals(3, db.select(PERSON).where(PERSON.bio.isNull()).count());
        assertEquals(1, db.delete(PERSON).where(PERSON.name.eq("Bob")).execute());
        assertEquals(0, db.delete(PERSON).where(PERSON.name.eq("Bob")).execute());
        assertEquals(2, db.delete(PERSON).all().execute());
        assertEquals(0, db.select(PERSON).count());
    }

    @Test
    void deletingAPersonCascadesToVisits() {
        Person ada = db.insert(PERSON, person("Ada", 36));
        db.insertAll(VISIT, List.of(new Visit(ada.id(), 1, "one"), new Visit(ada.id(), 2, "two")));
        assertEquals(2, db.select(VISIT).where(VISIT.personId.eq(ada.id())).count());
        db.delete(PERSON).where(PERSON.id.eq(ada.id())).execute();
        assertEquals(0, db.select(VISIT).count());
    }

    @Test
    void compositeKeyGet() {
        Person ada = db.insert(PERSON, person("Ada", 36));
        Visit visit = db.insert(VISIT, new Visit(ada.id(), 7, "seven"));
        assertEquals(new Visit(ada.id(), 7, "seven"), visit);
        assertEquals(visit, db.get(VISIT, new Visit_.Key(ada.id(), 7)).orElseThrow());
        assertTrue(db.get(VISIT, new Visit_.Key(ada.id(), 8)).isEmpty());
    }

    @Test
    void toSqlAndParametersShowWhatRuns() {
        var query = db.select(PERSON).where(PERSON.name.eq("Ada").and(PERSON.age.gt(3))).limit(5);
        assertTrue(query.toSql().startsWith("SELECT \"id\", \"name\", \"email\""), query.toSql());
        assertEquals(List.of("Ada", 3, 5L), query.parameters());
        var update = db.update(PERSON).set(PERSON.age, 4).where(PERSON.id.eq(1L));
        assertEquals("UPDATE \"people\" SET \"age\" = ? WHERE \"id\" = ?", update.toSql());
        assertEquals(List.of(4, 1L), update.parameters());
    }

    @Test
    void nullComparisonAdviceWorks() {
        db.insert(PERSON, person("Ada", 36));
        NullPointerException eq = assertThrows(NullPointerException.class, () -> PERSON.bio.eq((String) null));
        assertEquals("eq(null) on " + PERSON.bio + ": null is not a value in SQL comparisons; use isNull() instead",
                eq.getMessage());
        assertEquals(List.of("Ada"), names(db.select(PERSON).where(PERSON.bio.isNull())));
        NullPointerException ne = assertThrows(NullPointerException.class, () -> PERSON.bio.ne((String) null));
        assertTrue(ne.getMessage().endsWith("; use isNotNull() instead"), ne.getMessage());
        assertEquals(0, db.select(PERSON).where(PERSON.bio.isNotNull()).count());
        NullPointerException gt = assertThrows(NullPointerException.class, () -> PERSON.age.gt((Integer) null));
        assertEquals("gt(null) on " + PERSON.age + ": null is not a value in SQL comparisons; pass a value, or leave"
                + " the condition out", gt.getMessage());
        assertEquals(1, db.select(PERSON).where(PERSON.age.gt(30)).count());
        assertEquals(1, db.select(PERSON).count());
        NullPointerException in = assertThrows(NullPointerException.class,
                () -> PERSON.bio.in(java.util.Arrays.asList("writes", null)));
        assertTrue(in.getMessage().endsWith("; leave nulls out of the list, and test them with isNull()"),
                in.getMessage());
        assertEquals(List.of("Ada"), names(db.select(PERSON).where(PERSON.bio.in(List.of("writes"))
                .or(PERSON.bio.isNull()))));
    }

    @Test
    void textBindAdviceWorks() {
        db.insert(PERSON, person("Ada", 36));
        String sql = "select name from people where coalesce(bio, '') = coalesce(:bio, '')";
        NullPointerException nullValue = assertThrows(NullPointerException.class, () -> db.text(sql).bind("bio", null));
        assertEquals("bind(\"bio\", null): use bindNull(name, type) for SQL NULL", nullValue.getMessage());
        assertEquals(List.of("Ada"), db.text(sql).bindNull("bio", String.class).as(String.class).fetch());
        IllegalStateException unbound = assertThrows(IllegalStateException.class,
                () -> db.text(sql).as(String.class).fetch());
        assertTrue(unbound.getMessage().startsWith("parameter :bio is not bound: call bind(name, value) or"
                + " bindNull(name, type) for each before running"), unbound.getMessage());
        assertEquals(List.of(), db.text(sql).bind("bio", "writes").as(String.class).fetch());
    }

    @Test
    void insertAdviceWorks() {
        Person ann = person("Ann", 30);
        Person bob = person("Bob", 40).createdAt(Instant.parse("2020-01-01T00:00:00Z"));
        IllegalArgumentException defaults = assertThrows(IllegalArgumentException.class,
                () -> db.insertInto(PERSON).values(List.of(ann, bob)));
        assertEquals("the entities of one insert leave different server-default columns null: give them all a value"
                + " or none, or insert them with insertAll", defaults.getMessage());
        assertEquals(2, db.insertAll(PERSON, List.of(ann, bob)).size());
        assertEquals(2, db.insertInto(PERSON).values(List.of(person("Cy", 1).createdAt(bob.createdAt()),
                person("Di", 2).createdAt(bob.createdAt()))).execute());

        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < 22_000; i++) {
            visits.add(new Visit(ann.id(), i, "visit " + i));
        }
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> db.insertInto(VISIT).values(visits));
        assertTrue(tooMany.getMessage().startsWith("22000 rows need 66000 parameters, more than " + db.dialectName()
                + " allows in one statement ("), tooMany.getMessage());
        assertTrue(tooMany.getMessage().endsWith("): insert fewer rows per statement"), tooMany.getMessage());
        for (int from = 0; from < visits.size(); from += 10_000) {
            db.insertInto(VISIT).values(visits.subList(from, Math.min(visits.size(), from + 10_000))).execute();
        }
        assertEquals(22_000L, db.select(VISIT).count());
        db.delete(VISIT).all().execute();

        var mapped = db.select(PERSON.id, PERSON.age, PERSON.name).map(row -> row);
        IllegalArgumentException fromMapped = assertThrows(IllegalArgumentException.class,
                () -> db.insertInto(VISIT).columns(VISIT.personId, VISIT.seq, VISIT.note).select(mapped));
        assertEquals("insert ... select needs the query's own values: this query maps its rows (map or into); select"
                + " the expressions without mapping them", fromMapped.getMessage());
        assertEquals(4, db.insertInto(VISIT).columns(VISIT.personId, VISIT.seq, VISIT.note)
                .select(db.select(PERSON.id, PERSON.age, PERSON.name)).execute());

        IllegalArgumentException noColumns = assertThrows(IllegalArgumentException.class,
                () -> db.insertInto(PERSON).values(person("Ann", 31)).onConflict(List.of()));
        assertEquals("onConflict needs the columns of a unique key; use onConflictDoNothing() for a conflict on any"
                + " key", noColumns.getMessage());
        assertEquals(0, db.insertInto(PERSON).values(person("Ann", 31)).onConflictDoNothing().execute());
        assertEquals(0, db.insertInto(PERSON).values(person("Ann", 31)).onConflict(List.of(PERSON.email)).doNothing()
                .execute());
    }

    @Test
    void compositeKeyRemoveAdviceWorks() {
        Person ada = db.insert(PERSON, person("Ada", 36));
        Visit visit = db.insert(VISIT, new Visit(ada.id(), 7, "seven"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> db.remove(VISIT, visit));
        assertEquals("remove deletes entities with a single-column key, and visit has the key [person_id, seq]:"
                + " delete its rows with delete(table).where(...) instead", e.getMessage());
        assertEquals(1, db.delete(VISIT).where(VISIT.personId.eq(visit.personId()).and(VISIT.seq.eq(visit.seq())))
                .execute());
        assertEquals(0, db.select(VISIT).count());
    }

    @Test
    void fromClauseAdviceWorks() {
        Person ada = db.insert(PERSON, person("Ada", 36));
        db.insert(VISIT, new Visit(ada.id(), 1, "one"));
        IllegalArgumentException twoTables = assertThrows(IllegalArgumentException.class,
                () -> db.select(PERSON.name, VISIT.note));
        assertEquals("select(" + PERSON.name + ", " + VISIT.note + ") reads 2 tables (people, visit), so its FROM is"
                + " not one table: start from a table and join the others, db.select(TABLE).join(OTHER).on(...)"
                + ".select(...)", twoTables.getMessage());
        var row = db.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.id)).select(PERSON.name, VISIT.note).one();
        assertEquals("Ada", row.first());
        assertEquals("one", row.second());
        IllegalArgumentException noTable = assertThrows(IllegalArgumentException.class,
                () -> db.select(dev.quarry.query.Sql.value(1)));
        assertTrue(noTable.getMessage().endsWith(" reads no table, so it has no FROM: start from a table,"
                + " db.select(TABLE).select(...)"), noTable.getMessage());
        assertEquals(List.of(1), db.select(PERSON).select(dev.quarry.query.Sql.<Person, Integer>value(1)).fetch());

        Visit_ v = VISIT.as("v");
        IllegalStateException notJoined = assertThrows(IllegalStateException.class,
                () -> db.select(PERSON).join(v).on(v.personId.eq(PERSON.id)).where(VISIT.seq.eq(1)).fetch());
        assertEquals("the query reads table visit, which is not in its FROM clause (people, visit as v): join it, or"
                + " use the table (or alias) the query selects from", notJoined.getMessage());
        assertEquals(List.of("Ada"), db.select(PERSON).join(v).on(v.personId.eq(PERSON.id)).where(v.seq.eq(1)).fetch()
                .stream().map(Person::name).toList());
        assertEquals(List.of("Ada"), db.select(PERSON).join(v).on(v.personId.eq(PERSON.id)).join(VISIT)
                .on(VISIT.personId.eq(PERSON.id)).where(VISIT.seq.eq(1)).fetch().stream().map(Person::name).toList());

        Person_ p = PERSON.as("p");
        IllegalStateException aliased = assertThrows(IllegalStateException.class,
                () -> db.update(PERSON).set(PERSON.bio, "visited").where(p.age.gt(30)).execute());
        assertEquals("the condition reads table people as p, but the statement writes people: use the columns of"
                + " people itself", aliased.getMessage());
        assertEquals(1, db.update(PERSON).set(PERSON.bio, "visited").where(PERSON.age.gt(30)).execute());
        assertEquals(1, db.update(PERSON).set(PERSON.bio, "visited")
                .where(PERSON.id.in(db.select(VISIT.personId).where(VISIT.seq.eq(1)))).execute());
        assertEquals("visited", db.get(PERSON, ada.id()).orElseThrow().bio());
    }

    @Test
    void setOperationAdviceWorks() {
        db.insert(PERSON, person("Ada", 36));
        Person bob = db.insert(PERSON, person("Bob", 20));
        db.insert(VISIT, new Visit(bob.id(), 1, "Cy"));
        var names = db.select(PERSON.name);
        var notes = db.select(VISIT.note);
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
                () -> names.union(notes).orderBy(PERSON.name.asc()).union(db.select(PERSON.email)));
        assertEquals("add every query of a set operation before its orderBy, limit and offset", late.getMessage());
        assertEquals(List.of("Ada", "Bob", "Cy", "ada@example.com", "bob@example.com"), names.union(notes)
                .union(db.select(PERSON.email)).orderBy(PERSON.name.asc()).fetch());

        IllegalArgumentException limited = assertThrows(IllegalArgumentException.class,
                () -> names.union(notes.orderBy(VISIT.note.asc()).limit(1)));
        assertEquals("the union query of a set operation has its own orderBy, limit or offset, which SQLite and the"
                + " SQL standard do not allow there: order and paginate the set operation's result",
                limited.getMessage());
        assertEquals(List.of("Ada", "Bob"), names.union(notes).orderBy(PERSON.name.asc()).limit(2).fetch());

        IllegalArgumentException unselected = assertThrows(IllegalArgumentException.class,
                () -> names.union(notes).orderBy(PERSON.age.asc()));
        assertEquals("a set operation is ordered by its selected expressions only, and the first query does not"
                + " select " + PERSON.age + ": select it, or order by one of [" + PERSON.name + "]",
                unselected.getMessage());
        assertEquals(List.of(20, 36), db.select(PERSON.age, PERSON.name).union(db.select(VISIT.seq, VISIT.note))
                .orderBy(PERSON.age.asc()).fetch().stream().map(row -> row.first()).distinct().toList().subList(1, 3));
        assertEquals(List.of("Cy", "Bob", "Ada"), names.union(notes).orderBy(PERSON.name.desc()).fetch());
    }

    @Test
    void subqueryAdviceWorks() {
        Person ada = db.insert(PERSON, person("Ada", 36));
        db.insert(PERSON, person("Bob", 20));
        db.insert(VISIT, new Visit(ada.id(), 1, "one"));
        var mapped = db.select(VISIT.personId).map(id -> id);
        IllegalArgumentException in = assertThrows(IllegalArgumentException.class, () -> PERSON.id.in(mapped));
        assertTrue(in.getMessage().startsWith("in(subquery) needs a projection of one expression whose rows are its"
                + " values, such as db.select(POST).select(POST.authorId); this subquery selects several expressions,"
                + " whole entities, or maps its rows: "), in.getMessage());
        assertEquals(List.of("Ada"), names(db.select(PERSON).where(PERSON.id.in(db.select(VISIT.personId)))));
        assertEquals(List.of("Ada"), names(db.select(PERSON).where(PERSON.id.in(db.select(VISIT).select(VISIT.personId)))));

        var pairs = db.select(PERSON.id, PERSON.name).map(row -> row);
        IllegalArgumentException derived = assertThrows(IllegalArgumentException.class,
                () -> CommonTable2.derived("d", pairs));
        assertTrue(derived.getMessage().startsWith("a derived table of 2 columns needs a query that selects 2"
                + " expressions and reads them as a tuple (not mapped by map or into), such as"
                + " db.select(POST).select(POST.authorId, count()).groupBy(POST.authorId); this query selects"
                + " entities or maps its rows: "), derived.getMessage());
        CommonTable2<Long, String> d = CommonTable2.derived("d", db.select(PERSON.id, PERSON.name));
        assertEquals(List.of("Ada", "Bob"), db.select(d).select(d.second).orderBy(d.second.asc()).fetch());

        CommonTable2<Long, String> adults = CommonTable2.of("adults", "id", Long.class, "name", String.class,
                db.select(PERSON.id, PERSON.name).where(PERSON.age.ge(18)));
        CommonTable2<Long, String> seniors = CommonTable2.of("adults", "id", Long.class, "name", String.class,
                db.select(PERSON.id, PERSON.name).where(PERSON.age.ge(30)));
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> db.select(adults).select(adults.second).union(db.select(seniors).select(seniors.second)).fetch());
        assertEquals("the statement reads two different common tables named adults, which one WITH clause cannot"
                + " define: give one of them another name", twice.getMessage());
        CommonTable2<Long, String> renamed = CommonTable2.of("seniors", "id", Long.class, "name", String.class,
                db.select(PERSON.id, PERSON.name).where(PERSON.age.ge(30)));
        assertEquals(List.of("Ada", "Bob"), db.select(adults).select(adults.second)
                .union(db.select(renamed).select(renamed.second)).orderBy(adults.second.asc()).fetch());
    }

    @Test
    void expressionAdviceWorks() {
        db.insert(PERSON, person("Ada", 36));
        db.insert(PERSON, person("Bob", 20));
        IllegalArgumentException sumLong = assertThrows(IllegalArgumentException.class,
                () -> Sql.sumLong(SAMPLE.amount));
        assertEquals("sumLong(" + SAMPLE.amount + ") sums short, int or long expressions, not DECIMAL: use sum(...)"
                + " for an exact BigDecimal sum", sumLong.getMessage());
        assertEquals(1, db.select(SAMPLE).select(Sql.sum(SAMPLE.amount)).fetch().size());
        assertEquals(56L, db.select(PERSON).select(Sql.sumLong(PERSON.age)).one());

        IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
                () -> Sql.function("abs(age) + abs", Integer.class, PERSON.age));
        assertEquals("'abs(age) + abs' is not a function name: use letters, digits and underscores (optionally"
                + " schema.name); pass values as arguments, they are bound", name.getMessage());
        assertEquals(List.of(36, 20), db.select(PERSON).select(Sql.function("abs", Integer.class,
                Sql.subtract(Sql.<Person, Integer>value(0), PERSON.age))).orderBy(PERSON.age.desc()).fetch());

        IllegalArgumentException window = assertThrows(IllegalArgumentException.class,
                () -> Sql.over(PERSON.age, Sql.window()));
        assertEquals("over(aggregate, window) takes count, sum, avg, min or max, not " + PERSON.age + "; window"
                + " functions have their own over: rowNumber().over(window)", window.getMessage());
        assertEquals(List.of(2L, 2L), db.select(PERSON).select(Sql.over(Sql.<Person>count(), Sql.window())).fetch());
        assertEquals(List.of(1L, 2L), db.select(PERSON).select(Sql.rowNumber()
                .<Person>over(Sql.window().orderBy(PERSON.age.asc()))).orderBy(PERSON.age.asc()).fetch());

        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> db.text("select name from people where created_at < :at").bind("at", new java.util.Date()));
        assertEquals("java.util.Date is not a SQL value type; use Boolean, Short, Integer, Long, Float, Double,"
                + " BigDecimal, String, byte[], UUID, LocalDate, LocalTime, LocalDateTime, Instant, OffsetDateTime or"
                + " an enum", type.getMessage());
        assertEquals(2, db.text("select name from people where created_at < :at")
                .bind("at", Instant.now().plusSeconds(3600)).as(String.class).fetch().size());
    }

    @Test
    void seekAdviceWorks() {
        Person ada = db.insert(PERSON, person("Ada", 36));
        Person bob = db.insert(PERSON, person("Bob", 20));
        var people = db.select(PERSON);
        IllegalStateException unordered = assertThrows(IllegalStateException.class, () -> people.seek(ada.id()));
        assertEquals("seek(...) needs an orderBy(...) first: keyset pagination continues after the last row of an"
                + " ordered page", unordered.getMessage());
        assertEquals(List.of("Bob"), names(people.orderBy(PERSON.id.asc()).seek(ada.id())));

        IllegalStateException count = assertThrows(IllegalStateException.class,
                () -> people.orderBy(PERSON.age.asc(), PERSON.id.asc()).seek(20));
        assertTrue(count.getMessage().startsWith("seek(...) got 1 values for the 2 terms of the order "),
                count.getMessage());
        assertTrue(count.getMessage().endsWith(": pass the last row's value of each, in order"), count.getMessage());
        assertEquals(List.of("Ada"), names(people.orderBy(PERSON.age.asc(), PERSON.id.asc()).seek(20, bob.id())));

        NullPointerException nullValue = assertThrows(NullPointerException.class,
                () -> people.orderBy(PERSON.id.asc()).seek((Object) null));
        assertEquals("seek(...): the value for " + PERSON.id + " is null; keyset pagination needs non-null order"
                + " values (order by NOT NULL columns, ending with a unique one)", nullValue.getMessage());

        IllegalStateException nullsLast = assertThrows(IllegalStateException.class,
                () -> people.orderBy(PERSON.id.asc().nullsLast()).seek(ada.id()));
        assertTrue(nullsLast.getMessage().startsWith("seek(...) cannot continue an order with nullsFirst/nullsLast ("),
                nullsLast.getMessage());
        assertTrue(nullsLast.getMessage().endsWith("): leave them out, and order by NOT NULL columns"),
                nullsLast.getMessage());
        assertEquals(List.of("Bob"), names(people.orderBy(PERSON.id.asc()).seek(ada.id())));

        IllegalStateException nullable = assertThrows(IllegalStateException.class,
                () -> people.orderBy(PERSON.bio.asc()).seek("b"));
        assertEquals("seek(...) over the nullable column " + PERSON.bio + " would skip its NULL rows: order by NOT NULL"
                + " columns, ending with a unique one", nullable.getMessage());
        assertEquals(List.of("Bob"), names(people.orderBy(PERSON.name.asc(), PERSON.id.asc()).seek("Ada", ada.id())));

        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
                () -> people.orderBy(PERSON.id.asc()).seek(1));
        assertEquals("seek(...): 1 (java.lang.Integer) is not a value of " + PERSON.id + " (LONG): pass a"
                + " java.lang.Long", wrongType.getMessage());
        assertEquals(List.of("Bob"), names(people.orderBy(PERSON.id.asc()).seek(ada.id().longValue())));
    }

    @Test
    void textQueryAdviceWorks() {
        db.insert(PERSON, person("Ada", 36));
        db.insert(PERSON, person("Bob", 20));
        IllegalArgumentException positional = assertThrows(IllegalArgumentException.class,
                () -> db.text("select name from people where age > ?"));
        assertEquals("positional '?' parameters are not supported in text(...): name them (:name) and bind each by"
                + " name; character 37 of: select name from people where age > ?", positional.getMessage());
        assertEquals(List.of("Ada"), db.text("select name from people where age > :age").bind("age", 30)
                .as(String.class).fetch());

        dev.quarry.exception.MappingException columns = assertThrows(dev.quarry.exception.MappingException.class,
                () -> db.text("select name, id from people").as(PERSON).fetch());
        assertTrue(columns.getMessage().startsWith("the query returns the columns [name, id], but reading people"
                + " entities needs [id, name, email, bio, age, created_at, status] in that order: select * from people"
                + " or list those columns"), columns.getMessage());
        assertEquals(List.of("Ada", "Bob"), db.text("select * from people order by name").as(PERSON).fetch().stream()
                .map(Person::name).toList());
        assertEquals(List.of("Ada", "Bob"), db.text("select id, name, email, bio, age, created_at, status from people"
                + " order by name").as(PERSON).fetch().stream().map(Person::name).toList());
    }

    /** A repository written the way the processor writes them, for the advice of the repository operations. */
    static final class People extends dev.quarry.spi.AbstractCrudRepository<Person, Long> {
        People(Database database) {
            super(database, PERSON);
        }

        Person upsertOnNothing(Person person) {
            return upsertOn(List.of(), person);
        }

        Person upsertByEmail(Person person) {
            return upsertOn(List.of(PERSON.email), person);
        }

        List<String> namesWithBioIn(List<String> bios) {
            return names("SELECT name FROM people WHERE bio IN (?) ORDER BY name", bios);
        }

        List<String> namesWithBioInOrNone(List<String> bios) {
            return names("SELECT name FROM people WHERE bio IN (?) OR bio IS NULL ORDER BY name", bios);
        }

        private List<String> names(String sql, List<String> bios) {
            return queryList(sql, List.of(new dev.quarry.spi.ListParameter(1, sql.indexOf('?'), "bios", bios,
                    dev.quarry.spi.ValueType.STRING)), dev.quarry.spi.ParameterBinding.NONE, row -> row.getString(1));
        }
    }

    /** A repository of an entity with an assigned key. */
    static final class Samples extends dev.quarry.spi.AbstractCrudRepository<dev.quarry.fixture.Sample, java.util.UUID> {
        Samples(Database database) {
            super(database, SAMPLE);
        }
    }

    @Test
    void repositoryAdviceWorks() {
        People people = new People(db);
        Person gone = people.save(person("Ada", 36));
        db.delete(PERSON).all().execute();
        String noRow = "cannot update people with key " + gone.id() + ": no such row; save an entity with an unset key"
                + " to insert it";
        assertEquals(noRow, assertThrows(NoResultException.class, () -> people.save(gone)).getMessage());
        assertEquals(noRow, assertThrows(NoResultException.class, () -> people.saveAll(List.of(gone))).getMessage());
        assertEquals("cannot upsert people with generated key " + gone.id() + ": no such row; upsert an entity with an"
                + " unset key to insert it", assertThrows(NoResultException.class, () -> people.upsert(gone))
                .getMessage());
        assertNotNull(people.save(person("Ada", 36)).id());
        assertNotNull(people.saveAll(List.of(person("Bob", 20))).get(0).id());
        assertNotNull(people.upsert(person("Cy", 50)).id());
        assertEquals(3, people.count());

        IllegalArgumentException noConflict = assertThrows(IllegalArgumentException.class,
                () -> people.upsertOnNothing(person("Ada", 37)));
        assertEquals("upsertOn needs the columns of a unique constraint of people; for the primary key, call"
                + " upsert(entity)", noConflict.getMessage());
        Person ada = people.findAll().stream().filter(p -> p.name().equals("Ada")).findFirst().orElseThrow();
        assertEquals(ada.id(), people.upsert(ada.bio("writes")).id());
        assertEquals(ada.id(), people.upsertByEmail(person("Ada", 37)).id());
        assertEquals(37, db.get(PERSON, ada.id()).orElseThrow().age());

        db.update(PERSON).set(PERSON.bio, "writes").where(PERSON.name.eq("Bob")).execute();
        IllegalArgumentException nullInList = assertThrows(IllegalArgumentException.class,
                () -> people.namesWithBioIn(java.util.Arrays.asList("writes", null)));
        assertEquals("@Query parameter bios holds null, which an IN list never matches (and with which NOT IN matches"
                + " no row); leave nulls out, and test the column with IS NULL for them", nullInList.getMessage());
        assertEquals(List.of("Ada", "Bob", "Cy"), people.namesWithBioInOrNone(List.of("writes")));
        assertEquals(List.of("Bob"), people.namesWithBioIn(List.of("writes")));

        Samples samples = new Samples(db);
        dev.quarry.fixture.Sample keyless = new dev.quarry.fixture.Sample(null, null, null, null, null, null, null,
                null, "keyless", null, null, null, null, null, null, null);
        IllegalArgumentException noKey = assertThrows(IllegalArgumentException.class, () -> samples.save(keyless));
        assertTrue(noKey.getMessage().startsWith("the sample entity Sample[id=null"), noKey.getMessage());
        assertTrue(noKey.getMessage().endsWith(" has no key; assign its @Id before saving or deleting it"),
                noKey.getMessage());
        assertThrows(IllegalArgumentException.class, () -> samples.delete(keyless));
        dev.quarry.fixture.Sample keyed = new dev.quarry.fixture.Sample(java.util.UUID.randomUUID(), null, null, null,
                null, null, null, null, "keyed", null, null, null, null, null, null, null);
        assertEquals(keyed, samples.save(keyed));
        assertTrue(samples.delete(keyed));
        assertEquals(0, samples.count());
    }

    @Test
    void missingDriverAdviceWorks() throws java.sql.SQLException {
        String url = url();
        List<java.sql.Driver> drivers = new ArrayList<>();
        try {
            while (true) {
                java.sql.Driver driver;
                try {
                    driver = java.sql.DriverManager.getDriver(url);
                } catch (java.sql.SQLException none) {
                    break;
                }
                java.sql.DriverManager.deregisterDriver(driver);
                drivers.add(driver);
            }
            dev.quarry.exception.ConfigurationException missing = assertThrows(
                    dev.quarry.exception.ConfigurationException.class, () -> Database.connect(url));
            boolean sqlite = url.startsWith("jdbc:sqlite:");
            assertEquals("no JDBC driver for " + (sqlite ? "jdbc:sqlite:" : "jdbc:postgresql:") + " URLs on the class"
                    + " path: add the Maven dependency " + (sqlite ? "org.xerial:sqlite-jdbc" : "org.postgresql:postgresql")
                    + " (runtime scope is enough)", missing.getMessage());
        } finally {
            for (java.sql.Driver driver : drivers) {
                java.sql.DriverManager.registerDriver(driver); // the dependency is back on the class path
            }
        }
        try (Database again = Database.connect(url)) {
            assertEquals(0, again.select(PERSON).count());
        }
    }

    private static dev.quarry.spi.AbstractEntityTable<Person, Long> cyclic(String name, String other, boolean withKey) {
        dev.quarry.spi.TableSchema schema = new dev.quarry.spi.TableSchema(name, List.of(
                new dev.quarry.spi.ColumnSchema("id", "id", dev.quarry.spi.ValueType.LONG, 0, 0, 0, false, false, null),
                new dev.quarry.spi.ColumnSchema("other_id", "otherId", dev.quarry.spi.ValueType.LONG, 0, 0, 0, true,
                        false, null)),
                List.of("id"), withKey ? List.of(new dev.quarry.spi.ForeignKeySchema("fk_" + name + "_other_id",
                        List.of("other_id"), other, List.of("id"), dev.quarry.annotation.ReferentialAction.NO_ACTION))
                        : List.of(), List.of());
        return new dev.quarry.spi.AbstractEntityTable<>(schema, PERSON.mapper(), null) {
            @Override
            public dev.quarry.spi.AbstractEntityTable<Person, Long> as(String alias) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void foreignKeyCycleAdviceWorks() {
        var a = cyclic("cycle_a", "cycle_b", true);
        dev.quarry.exception.ConfigurationException cycle = assertThrows(dev.quarry.exception.ConfigurationException.class,
                () -> db.schema(List.of(a, cyclic("cycle_b", "cycle_a", true))));
        assertEquals("cannot order the tables for creation: their foreign keys form a cycle cycle_a -> cycle_b -> cycle_a:"
                + " remove the @ForeignKey of one of them, and on PostgreSQL add that constraint after createAll() with"
                + " ALTER TABLE ... ADD FOREIGN KEY (SQLite cannot add one to an existing table)", cycle.getMessage());
        Schema schema = db.schema(List.of(a, cyclic("cycle_b", "cycle_a", false)));
        schema.createAll();
        try {
            if (db.dialectName().equals("postgresql")) {
                db.text("ALTER TABLE cycle_b ADD CONSTRAINT fk_cycle_b_other_id FOREIGN KEY (other_id) REFERENCES"
                        + " cycle_a (id)").execute();
                db.text("INSERT INTO cycle_a (id, other_id) VALUES (1, NULL)").execute();
                db.text("INSERT INTO cycle_b (id, other_id) VALUES (1, 1)").execute();
                assertThrows(dev.quarry.exception.ForeignKeyViolationException.class,
                        () -> db.text("INSERT INTO cycle_b (id, other_id) VALUES (2, 9)").execute());
                db.text("ALTER TABLE cycle_b DROP CONSTRAINT fk_cycle_b_other_id").execute();
            } else {
                db.text("INSERT INTO cycle_b (id, other_id) VALUES (1, NULL)").execute();
                db.text("INSERT INTO cycle_a (id, other_id) VALUES (1, 1)").execute();
            }
            assertEquals(1L, db.text("select count(*) from cycle_a").as(Long.class).one());
        } finally {
            schema.dropAll();
        }
    }

    @Test
    void nullInPrimitiveAdviceWorks() {
        db.insert(PERSON, person("Ada", 36));
        dev.quarry.exception.MappingException primitive = assertThrows(dev.quarry.exception.MappingException.class,
                () -> db.text("select id, name, email, bio, cast(null as integer) as age, created_at, status from people")
                        .as(PERSON).fetch());
        assertEquals("column 5 (age) is NULL but is read into an int property: make the property Integer (null for SQL"
                + " NULL), or keep NULL out of the column (NOT NULL, or coalesce(...) in the query)",
                primitive.getMessage());
        assertEquals(0, db.text("select id, name, email, bio, coalesce(cast(null as integer), 0) as age, created_at,"
                + " status from people").as(PERSON).one().age());
        assertEquals(java.util.Arrays.asList((Integer) null), db.text("select cast(null as integer) as age from people")
                .as(Integer.class).fetch());
        db.insert(SAMPLE, new dev.quarry.fixture.Sample(java.util.UUID.randomUUID(), null, null, null, null, null, null,
                null, "no number", null, null, null, null, null, null, null));
        assertNull(db.select(SAMPLE).one().number(), "an Integer property reads NULL as null");
    }

    private static List<String> names(dev.quarry.query.SelectQuery<Person> query) {
        return query.fetch().stream().map(Person::name).collect(Collectors.toList());
    }
}
