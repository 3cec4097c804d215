package dev.quarry.it;

import static dev.quarry.it.model.Tables.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.MappingException;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.testing.DatabaseExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Raw SQL with named parameters against real data: users Ann 25, Bob 30 (suspended), Cid 35. */
abstract class TextTests extends DialectTests {
    protected TextTests(DatabaseExtension database) {
        super(database);
    }

    /** A record read through its constructor. */
    record NameAge(String name, int age) {
    }

    @BeforeEach
    void users() {
        insertUser("Ann", 25);
        insertUser("Bob", 30);
        insertUser("Cid", 35);
        db().update(USER).set(USER.status, UserStatus.SUSPENDED).where(USER.name.eq("Bob")).execute();
    }

    @Test
    void entities() {
        List<User> older = db().text("select * from users where age > :age order by name").bind("age", 26).as(USER)
                .fetch();
        assertEquals(List.of("Bob", "Cid"), older.stream().map(user -> user.name).toList());
        assertEquals(UserStatus.SUSPENDED, older.get(0).status);
        assertEquals("bob@example.com", older.get(0).getEmail());
    }

    @Test
    void recordsTuplesAndScalars() {
        assertEquals(List.of(new NameAge("Ann", 25), new NameAge("Bob", 30)),
                db().text("select name, age from users where age between :low and :high order by age")
                        .bind("low", 20).bind("high", 30)
                        .as(String.class, Integer.class, NameAge::new).fetch());
        assertEquals(new Tuple2<>("Bob", UserStatus.SUSPENDED),
                db().text("select name, status from users where status = :status").bind("status", UserStatus.SUSPENDED)
                        .as(String.class, UserStatus.class).one());
        assertEquals(new Tuple3<>("Cid", 35, null),
                db().text("select name, age, bio from users where name = :n").bind("n", "Cid")
                        .as(String.class, Integer.class, String.class).one());
        assertEquals(2L, db().text("select count(*) from users where age >= :age or name = :name")
                .bind("age", 30).bind("name", "Nobody").as(Long.class).one());
        assertTrue(db().text("select name from users where name = :n").bind("n", "Nobody").as(String.class)
                .findOne().isEmpty());
    }

    @Test
    void hostileValuesAreBound() {
        String hostile = "Ann' or '1'='1; drop table users; -- :age /* \u00e9\u4e2d\ud83d\ude00";
        assertEquals(List.of(), db().text("select name from users where name = :n").bind("n", hostile)
                .as(String.class).fetch());
        assertEquals(1, db().text("update users set bio = :bio where name = :name").bind("bio", hostile)
                .bind("name", "Ann").execute());
        assertEquals(hostile, db().select(USER).where(USER.name.eq("Ann")).one().bio);
        assertEquals(1, db().text("update users set bio = :bio where name = :name").bindNull("bio", String.class)
                .bind("name", "Ann").execute());
        assertEquals(null, db().select(USER).where(USER.name.eq("Ann")).one().bio);
    }

    @Test
    void errorsComeBeforeAnythingRuns() {
        var query = db().text("delete from users where age > :age");
        assertThrows(IllegalStateException.class, query::execute);
        assertThrows(IllegalArgumentException.class, () -> query.bind("limit", 1));
        assertEquals(3, db().select(USER).count(), "nothing was deleted");
        MappingException wrongColumns = assertThrows(MappingException.class,
                () -> db().text("select name, age from users").as(USER).fetch());
        assertTrue(wrongColumns.getMessage().contains("select * from users"), wrongColumns.getMessage());
    }
}
