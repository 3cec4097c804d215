package dev.quarry.it;

import static dev.quarry.it.model.Tables.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.it.model.User;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.Tuple2;
import dev.quarry.testing.DatabaseExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keyset pagination against real data: walking every page after the last row of the previous
 * one gives the same rows as one ordered query. Seven users, several of the same age.
 */
abstract class KeysetTests extends DialectTests {
    protected KeysetTests(DatabaseExtension database) {
        super(database);
    }

    @BeforeEach
    void users() {
        db().insertAll(USER, List.of(newUser("Ann", 25), newUser("Bob", 30), newUser("Cid", 30), newUser("Dee", 35),
                newUser("Eve", 30), newUser("Fay", 40), newUser("Gus", 25)));
    }

    /** Every page of {@code size}, each seeking after the last row of the one before. */
    private static List<String> walk(SelectQuery<User> ordered, Function<User, Object[]> key, int size) {
        List<String> names = new ArrayList<>();
        List<User> page = ordered.limit(size).fetch();
        int pages = 1;
        while (!page.isEmpty()) {
            page.forEach(user -> names.add(user.name));
            assertEquals(true, page.size() <= size);
            page = ordered.seek(key.apply(page.get(page.size() - 1))).limit(size).fetch();
            pages++;
        }
        assertEquals((names.size() + size - 1) / size + 1, pages, "pages read, the last one empty");
        return names;
    }

    private List<String> all(SelectQuery<User> ordered) {
        return ordered.fetch().stream().map(user -> user.name).toList();
    }

    @Test
    void oneDirectionOnTwoColumns() {
        SelectQuery<User> ascending = db().select(USER).orderBy(USER.age.asc(), USER.id.asc());
        List<String> expected = all(ascending);
        assertEquals(7, expected.size());
        assertEquals(expected, walk(ascending, user -> new Object[] {user.age, user.id}, 3));
        SelectQuery<User> descending = db().select(USER).orderBy(USER.age.desc(), USER.id.desc());
        assertEquals(all(descending), walk(descending, user -> new Object[] {user.age, user.id}, 2));
    }

    @Test
    void mixedDirections() {
        SelectQuery<User> ordered = db().select(USER).orderBy(USER.age.desc(), USER.name.asc(), USER.id.asc());
        List<String> expected = List.of("Fay", "Dee", "Bob", "Cid", "Eve", "Ann", "Gus");
        assertEquals(expected, all(ordered));
        assertEquals(expected, walk(ordered, user -> new Object[] {user.age, user.name, user.id}, 2));
    }

    @Test
    void projectionsSeekToo() {
        List<Tuple2<String, Long>> first = db().select(USER).select(USER.name, USER.id).orderBy(USER.id.asc()).limit(4)
                .fetch();
        List<Tuple2<String, Long>> rest = db().select(USER).select(USER.name, USER.id).orderBy(USER.id.asc())
                .seek(first.get(3).second()).fetch();
        assertEquals(List.of("Ann", "Bob", "Cid", "Dee"), first.stream().map(Tuple2::first).toList());
        assertEquals(List.of("Eve", "Fay", "Gus"), rest.stream().map(Tuple2::first).toList());
        assertEquals(List.of("Dee", "Fay"), db().select(USER).select(USER.name).where(USER.age.ge(30))
                .orderBy(USER.age.asc(), USER.id.asc()).seek(30, first.get(3).second() + 1).fetch(),
                "seek combines with the query's own conditions");
    }
}
