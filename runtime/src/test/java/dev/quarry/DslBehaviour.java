package dev.quarry;

import static dev.quarry.fixture.Person_.PERSON;
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

    private static List<String> names(dev.quarry.query.SelectQuery<Person> query) {
        return query.fetch().stream().map(Person::name).collect(Collectors.toList());
    }
}
