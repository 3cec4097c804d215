package dev.quarry.it;

import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.USER;
import static dev.quarry.query.Sql.count;
import static dev.quarry.query.Sql.exists;
import static dev.quarry.query.Sql.max;
import static dev.quarry.query.Sql.notExists;
import static dev.quarry.query.Sql.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.it.model.User;
import dev.quarry.it.model.User_;
import dev.quarry.query.CompoundQuery;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.Sql;
import dev.quarry.query.Tuple2;
import dev.quarry.testing.DatabaseExtension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subqueries (in, exists, scalar, correlated) and set operations against real data. Users Ann 25,
 * Bob 30, Cid 35 (no posts), Dee 40; Ann wrote A1 and A2, Bob B1, Dee D1.
 */
abstract class SubqueryTests extends DialectTests {
    private final Map<String, User> users = new HashMap<>();

    protected SubqueryTests(DatabaseExtension database) {
        super(database);
    }

    @BeforeEach
    void blog() {
        for (User user : db().insertAll(USER, List.of(newUser("Ann", 25), newUser("Bob", 30), newUser("Cid", 35),
                newUser("Dee", 40)))) {
            users.put(user.name, user);
        }
        insertPost(users.get("Ann"), "A1");
        insertPost(users.get("Ann"), "A2");
        insertPost(users.get("Bob"), "B1");
        insertPost(users.get("Dee"), "D1");
    }

    private ResultQuery<User, String> names(int minAge, int maxAge) {
        return db().select(USER).where(USER.age.between(minAge, maxAge)).select(USER.name);
    }

    @Test
    void inAndNotInSubquery() {
        assertEquals(List.of("Ann", "Bob", "Dee"), db().select(USER).select(USER.name)
                .where(USER.id.in(db().select(POST).select(POST.authorId)))
                .orderBy(USER.name.asc()).fetch());
        assertEquals(List.of("Cid"), db().select(USER).select(USER.name)
                .where(USER.id.notIn(db().select(POST).select(POST.authorId))).fetch());
        assertEquals(List.of("Ann"), db().select(USER).select(USER.name)
                .where(USER.id.in(db().select(POST).where(POST.title.eq("A2")).select(POST.authorId))).fetch());
    }

    @Test
    void correlatedExistsAndNotExists() {
        assertEquals(List.of("Ann", "Bob", "Dee"), db().select(USER)
                .where(exists(db().select(POST).where(POST.authorId.eq(USER.id))))
                .orderBy(USER.name.asc()).select(USER.name).fetch());
        assertEquals(List.of("Cid"), db().select(USER).select(USER.name)
                .where(notExists(db().select(POST).select(POST.id).where(POST.authorId.eq(USER.id)))).fetch());
        assertEquals(List.of("Ann"), db().select(USER).select(USER.name)
                .where(exists(db().select(POST).where(POST.authorId.eq(USER.id)).where(POST.title.eq("A1")))).fetch());
    }

    @Test
    void scalarSubqueriesInTheSelectListAndInConditions() {
        assertEquals(List.of(new Tuple2<>("Ann", 2L), new Tuple2<>("Bob", 1L), new Tuple2<>("Cid", 0L),
                        new Tuple2<>("Dee", 1L)),
                db().select(USER).select(USER.name,
                                scalar(db().select(POST).select(count()).where(POST.authorId.eq(USER.id))))
                        .orderBy(USER.name.asc()).fetch());
        User_ other = USER.as("other");
        assertEquals(List.of("Dee"), db().select(USER).select(USER.name)
                .where(USER.age.eq(scalar(db().select(other).select(max(other.age))))).fetch());
        assertEquals(List.of("Ann"), db().select(USER).select(USER.name)
                .where(Sql.<User, Long>scalar(db().select(POST).select(count()).where(POST.authorId.eq(USER.id))).gt(1L))
                .fetch());
    }

    @Test
    void hostileValuesInSubqueriesAreBound() {
        String hostile = "x'); DROP TABLE users; -- \u00e9\u4e2d";
        assertTrue(db().select(USER).where(USER.id.in(db().select(POST).where(POST.title.eq(hostile))
                .select(POST.authorId))).fetch().isEmpty());
        assertEquals(4, db().select(USER).count());
    }

    @Test
    void unionUnionAllIntersectAndExcept() {
        ResultQuery<User, String> young = names(0, 34);
        ResultQuery<User, String> old = names(26, 100);
        assertEquals(List.of("Ann", "Bob", "Cid", "Dee"), young.union(old).orderBy(USER.name.asc()).fetch());
        assertEquals(List.of("Ann", "Bob", "Bob", "Cid", "Dee"), young.unionAll(old).orderBy(USER.name.asc()).fetch());
        assertEquals(List.of("Bob"), young.intersect(old).fetch());
        assertEquals(List.of("Ann"), young.except(old).fetch());
    }

    @Test
    void setOperationsOnTuplesOrderedAndPaginatedAsAWhole() {
        CompoundQuery<Tuple2<String, Integer>> everyone = db().select(USER).where(USER.age.lt(30))
                .select(USER.name, USER.age)
                .union(db().select(USER).where(USER.age.ge(30)).select(USER.name, USER.age))
                .orderBy(USER.age.desc());
        assertEquals(List.of(new Tuple2<>("Dee", 40), new Tuple2<>("Cid", 35)), everyone.limit(2).fetch());
        assertEquals(List.of(new Tuple2<>("Bob", 30)), everyone.limit(1).offset(2).fetch());
        assertEquals(new Tuple2<>("Dee", 40), everyone.limit(1).one());
    }

    @Test
    void anIntersectAfterAUnionIsEvaluatedLeftToRightOnEveryDialect() {
        // (Ann, Bob | Dee) INTERSECT (Bob, Cid, Dee) = Bob, Dee; SQL precedence alone would give Ann, Bob, Dee
        assertEquals(List.of("Bob", "Dee"), names(0, 30).union(names(36, 100)).intersect(names(30, 100))
                .orderBy(USER.name.asc()).fetch());
    }
}
