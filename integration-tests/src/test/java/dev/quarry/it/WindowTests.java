package dev.quarry.it;

import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.query.Sql.count;
import static dev.quarry.query.Sql.denseRank;
import static dev.quarry.query.Sql.lag;
import static dev.quarry.query.Sql.lead;
import static dev.quarry.query.Sql.over;
import static dev.quarry.query.Sql.rank;
import static dev.quarry.query.Sql.rowNumber;
import static dev.quarry.query.Sql.sum;
import static dev.quarry.query.Sql.window;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.it.model.User;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.query.Window;
import dev.quarry.testing.DatabaseExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Window functions against real data. Ann wrote A1 (10 views), A2 (30), A3 (20); Bob B1 (5); Dee
 * D1 (7) and D2 (7), inserted in that order.
 */
abstract class WindowTests extends DialectTests {
    protected WindowTests(DatabaseExtension database) {
        super(database);
    }

    @BeforeEach
    void posts() {
        User ann = insertUser("Ann", 25);
        User bob = insertUser("Bob", 30);
        User dee = insertUser("Dee", 40);
        Map<String, Integer> views = Map.of("A1", 10, "A2", 30, "A3", 20, "B1", 5, "D1", 7, "D2", 7);
        for (String title : List.of("A1", "A2", "A3", "B1", "D1", "D2")) {
            User author = title.startsWith("A") ? ann : title.startsWith("B") ? bob : dee;
            insertPost(author, title);
            db().update(POST).set(POST.views, views.get(title)).where(POST.title.eq(title)).execute();
        }
    }

    @Test
    void rowNumberPerPartition() {
        Window byAuthor = window().partitionBy(POST.authorId).orderBy(POST.views.desc(), POST.id.asc());
        assertEquals(List.of(new Tuple2<>("A1", 3L), new Tuple2<>("A2", 1L), new Tuple2<>("A3", 2L), new Tuple2<>("B1", 1L),
                        new Tuple2<>("D1", 1L), new Tuple2<>("D2", 2L)),
                db().select(POST).select(POST.title, rowNumber().over(byAuthor)).orderBy(POST.title.asc()).fetch());
    }

    @Test
    void rankAndDenseRankWithTies() {
        Window byViews = window().orderBy(POST.views.desc());
        assertEquals(List.of(new Tuple3<>("A1", 3L, 3L), new Tuple3<>("A2", 1L, 1L), new Tuple3<>("A3", 2L, 2L),
                        new Tuple3<>("B1", 6L, 5L), new Tuple3<>("D1", 4L, 4L), new Tuple3<>("D2", 4L, 4L)),
                db().select(POST).select(POST.title, rank().over(byViews), denseRank().over(byViews))
                        .orderBy(POST.title.asc()).fetch());
    }

    @Test
    void lagAndLead() {
        Window byAuthor = window().partitionBy(POST.authorId).orderBy(POST.id.asc());
        assertEquals(List.of(new Tuple3<>("A1", null, 30), new Tuple3<>("A2", "A1", 20), new Tuple3<>("A3", "A2", null),
                        new Tuple3<>("B1", null, null), new Tuple3<>("D1", null, 7), new Tuple3<>("D2", "D1", null)),
                db().select(POST).select(POST.title, lag(POST.title).over(byAuthor), lead(POST.views).over(byAuthor))
                        .orderBy(POST.title.asc()).fetch());
        assertEquals(List.of(new Tuple2<>("A1", null), new Tuple2<>("A2", null), new Tuple2<>("A3", "A1")),
                db().select(POST).select(POST.title, lag(POST.title, 2).over(byAuthor))
                        .where(POST.title.like("A%")).orderBy(POST.title.asc()).fetch());
    }

    @Test
    void runningSumsAndCountsOverPartitions() {
        Window running = window().partitionBy(POST.authorId).orderBy(POST.id.asc());
        List<Tuple3<String, Integer, Long>> rows = db().select(POST)
                .select(POST.title, over(sum(POST.views), running), over(count(), window().partitionBy(POST.authorId)))
                .orderBy(POST.title.asc())
                .map(row -> new Tuple3<>(row.first(), row.second().intValueExact(), row.third()))
                .fetch();
        assertEquals(List.of(new Tuple3<>("A1", 10, 3L), new Tuple3<>("A2", 40, 3L), new Tuple3<>("A3", 60, 3L),
                new Tuple3<>("B1", 5, 1L), new Tuple3<>("D1", 7, 2L), new Tuple3<>("D2", 14, 2L)), rows);
    }
}
