package dev.quarry.it;

import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.USER;
import static dev.quarry.query.Sql.coalesce;
import static dev.quarry.query.Sql.count;
import static dev.quarry.query.Sql.exists;
import static dev.quarry.query.Sql.max;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.query.CommonTable2;
import dev.quarry.query.CommonTable3;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.testing.DatabaseExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Derived tables ({@code FROM (SELECT ...) AS name}) against real data: Ann wrote one post, Bob
 * two, Cy three, Dan none.
 */
abstract class DerivedTableTests extends DialectTests {
    private User ann;
    private User bob;
    private User cy;
    private User dan;

    protected DerivedTableTests(DatabaseExtension database) {
        super(database);
    }

    @BeforeEach
    void posts() {
        ann = insertUser("Ann", 25);
        bob = insertUser("Bob", 45);
        cy = insertUser("Cy", 33);
        dan = db().insert(USER, new User("Dan", "dan@example.com", 61, UserStatus.SUSPENDED));
        insertPost(ann, "A1");
        insertPost(bob, "B1");
        insertPost(bob, "B2");
        insertPost(cy, "C1");
        insertPost(cy, "C2");
        insertPost(cy, "C3");
    }

    /** The number of posts of each author who wrote any. */
    private CommonTable2<Long, Long> perAuthor() {
        return CommonTable2.derived("per_author", db().select(POST).select(POST.authorId, count()).groupBy(POST.authorId));
    }

    @Test
    void selectFromADerivedTable() {
        CommonTable2<Long, Long> perAuthor = perAuthor();
        assertEquals(List.of(bob.id, cy.id), db().select(perAuthor).where(perAuthor.second.gt(1L))
                .select(perAuthor.first).orderBy(perAuthor.first.asc()).fetch());
        assertEquals(3L, db().select(perAuthor).select(max(perAuthor.second)).one(), "an aggregate over aggregates");
        assertEquals(List.of(new Tuple2<>(ann.id, 1L), new Tuple2<>(bob.id, 2L), new Tuple2<>(cy.id, 3L)),
                db().select(perAuthor).orderBy(perAuthor.first.asc()).fetch(), "whole rows, read as tuples");
        assertEquals(3L, db().select(perAuthor).count());
    }

    @Test
    void joinAnEntityTableWithADerivedTable() {
        CommonTable2<Long, Long> perAuthor = perAuthor();
        assertEquals(List.of(new Tuple2<>("Cy", 3L), new Tuple2<>("Bob", 2L)),
                db().select(USER).join(perAuthor).on(perAuthor.first.eq(USER.id))
                        .where(perAuthor.second.ge(2L))
                        .select(USER.name, perAuthor.second).orderBy(perAuthor.second.desc()).fetch());
        assertEquals(List.of(new Tuple2<>("Ann", 1L), new Tuple2<>("Bob", 2L), new Tuple2<>("Cy", 3L),
                        new Tuple2<>("Dan", 0L)),
                db().select(USER).leftJoin(perAuthor).on(perAuthor.first.eq(USER.id))
                        .select(USER.name, coalesce(perAuthor.second, 0L)).orderBy(USER.name.asc()).fetch(),
                "a left join keeps the user without posts");
        CommonTable2<Long, Long> other = perAuthor.as("other");
        assertEquals(List.of("Ann", "Bob"), db().select(USER).join(perAuthor).on(perAuthor.first.eq(USER.id))
                .where(exists(db().select(other).where(other.second.gt(perAuthor.second)).select(other.first)))
                .select(USER.name).orderBy(USER.name.asc()).fetch(),
                "authors someone outwrote: an alias of the derived table in a correlated subquery");
    }

    @Test
    void aDerivedTableOfThreeColumnsWithAnEnum() {
        CommonTable3<String, Integer, UserStatus> grown = CommonTable3.derived("grown",
                db().select(USER).where(USER.age.ge(30)).select(USER.name, USER.age, USER.status));
        assertEquals(List.of(new Tuple3<>("Bob", 45, UserStatus.ACTIVE), new Tuple3<>("Cy", 33, UserStatus.ACTIVE),
                new Tuple3<>("Dan", 61, UserStatus.SUSPENDED)), db().select(grown).orderBy(grown.first.asc()).fetch());
        assertEquals(List.of("Dan"), db().select(grown).where(grown.third.eq(UserStatus.SUSPENDED))
                .select(grown.first).fetch());
    }

    @Test
    void aSetOperationAsADerivedTable() {
        CommonTable2<String, Integer> edges = CommonTable2.derived("edges",
                db().select(USER).where(USER.age.lt(30)).select(USER.name, USER.age)
                        .union(db().select(USER).where(USER.age.gt(60)).select(USER.name, USER.age)));
        assertEquals(List.of("Ann", "Dan"), db().select(edges).select(edges.first).orderBy(edges.first.asc()).fetch());
        assertEquals(86, db().select(edges).fetch().stream().mapToInt(Tuple2::second).sum());
    }
}
