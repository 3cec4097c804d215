package dev.quarry.it;

import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.USER;
import static dev.quarry.it.model.tree.Tables.CATEGORY;
import static dev.quarry.query.Sql.add;
import static dev.quarry.query.Sql.count;
import static dev.quarry.query.Sql.exists;
import static dev.quarry.query.Sql.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.it.model.tree.Category;
import dev.quarry.query.CommonTable2;
import dev.quarry.query.CommonTable3;
import dev.quarry.query.Tuple3;
import dev.quarry.query.Tuple2;
import dev.quarry.testing.DatabaseExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Common table expressions against real data, with a tree walk: Books > (Fiction > (Crime, Poetry),
 * Science > Physics), and Music > Jazz.
 */
abstract class CommonTableTests extends DialectTests {
    protected CommonTableTests(DatabaseExtension database) {
        super(database);
    }

    @BeforeEach
    void tree() {
        Category books = db().insert(CATEGORY, Category.of("Books", null));
        Category fiction = db().insert(CATEGORY, Category.of("Fiction", books));
        db().insert(CATEGORY, Category.of("Crime", fiction));
        db().insert(CATEGORY, Category.of("Poetry", fiction));
        Category science = db().insert(CATEGORY, Category.of("Science", books));
        db().insert(CATEGORY, Category.of("Physics", science));
        Category music = db().insert(CATEGORY, Category.of("Music", null));
        db().insert(CATEGORY, Category.of("Jazz", music));
    }

    /** The subtree under {@code root}, walked by a recursive common table. */
    private CommonTable2<Long, String> subtree(String root) {
        return CommonTable2.recursive("subtree", "id", Long.class, "name", String.class,
                self -> db().select(CATEGORY).where(CATEGORY.name.eq(root)).select(CATEGORY.id, CATEGORY.name)
                        .unionAll(db().select(CATEGORY).join(self).on(CATEGORY.parentId.eq(self.first))
                                .select(CATEGORY.id, CATEGORY.name)));
    }

    @Test
    void recursiveTreeWalk() {
        CommonTable2<Long, String> books = subtree("Books");
        assertEquals(List.of("Books", "Crime", "Fiction", "Physics", "Poetry", "Science"),
                db().select(books).select(books.second).orderBy(books.second.asc()).fetch());
        CommonTable2<Long, String> fiction = subtree("Fiction");
        assertEquals(3L, db().select(fiction).count());
        assertEquals(List.of("Jazz", "Music"), db().select(subtree("Music")).fetch().stream().map(Tuple2::second)
                .sorted().toList());
        assertEquals(List.of("Crime", "Poetry"), db().select(CATEGORY).select(CATEGORY.name)
                .where(CATEGORY.id.in(db().select(fiction).select(fiction.first)))
                .where(CATEGORY.parentId.isNotNull())
                .where(CATEGORY.name.ne("Fiction"))
                .orderBy(CATEGORY.name.asc()).fetch(), "a query with a common table works as a subquery too");
    }

    @Test
    void plainCommonTableJoinedWithATable() {
        long ann = insertUser("Ann", 25).id;
        long bob = insertUser("Bob", 45).id;
        insertPost(db().select(USER).where(USER.id.eq(ann)).one(), "A1");
        insertPost(db().select(USER).where(USER.id.eq(bob)).one(), "B1");
        insertPost(db().select(USER).where(USER.id.eq(bob)).one(), "B2");
        CommonTable2<Long, String> seniors = CommonTable2.of("seniors", "id", Long.class, "name", String.class,
                db().select(USER).where(USER.age.gt(40)).select(USER.id, USER.name));
        assertEquals(List.of(new Tuple2<>("Bob", 2L)), db().select(seniors).join(POST).on(POST.authorId.eq(seniors.first))
                .select(seniors.second, count()).groupBy(seniors.second).fetch());
        assertEquals(List.of("Ann", "Bob"), db().select(USER).where(USER.age.lt(30)).select(USER.name)
                .union(db().select(seniors).select(seniors.second)).orderBy(USER.name.asc()).fetch(),
                "a common table read by a later member of a set operation");
    }

    @Test
    void recursiveTreeWalkOfThreeColumnsCountsTheDepth() {
        CommonTable3<Long, String, Integer> walk = CommonTable3.recursive("walk", "id", Long.class, "name",
                String.class, "depth", Integer.class,
                self -> db().select(CATEGORY).where(CATEGORY.parentId.isNull())
                        .select(CATEGORY.id, CATEGORY.name, value(0))
                        .unionAll(db().select(CATEGORY).join(self).on(CATEGORY.parentId.eq(self.first))
                                .select(CATEGORY.id, CATEGORY.name, add(self.third, 1))));
        assertEquals(List.of(new Tuple2<>("Books", 0), new Tuple2<>("Crime", 2), new Tuple2<>("Fiction", 1),
                        new Tuple2<>("Jazz", 1), new Tuple2<>("Music", 0), new Tuple2<>("Physics", 2),
                        new Tuple2<>("Poetry", 2), new Tuple2<>("Science", 1)),
                db().select(walk).orderBy(walk.second.asc()).fetch().stream()
                        .map(row -> new Tuple2<>(row.second(), row.third())).toList());
        assertEquals(List.of("Crime", "Physics", "Poetry"), db().select(walk).where(walk.third.eq(2))
                .select(walk.second).orderBy(walk.second.asc()).fetch());
        assertEquals(List.of(new Tuple3<>("Fiction", 1, 2L), new Tuple3<>("Science", 1, 1L)), db().select(walk)
                .join(CATEGORY).on(CATEGORY.parentId.eq(walk.first)).where(walk.third.eq(1))
                .select(walk.second, walk.third, count()).groupBy(walk.second, walk.third)
                .orderBy(walk.second.asc()).fetch(),
                "a three-column common table joined, grouped and counted");
    }
    @Test
    void twoWhereSubqueriesReadOneCommonTable() {
        long ann = insertUser("Ann", 25).id;
        long bob = insertUser("Bob", 45).id;
        insertUser("Cid", 50);
        insertUser("Dee", 15);
        insertPost(db().select(USER).where(USER.id.eq(ann)).one(), "A1");
        insertPost(db().select(USER).where(USER.id.eq(bob)).one(), "B1");
        CommonTable2<Long, String> adults = CommonTable2.of("adults", "id", Long.class, "name", String.class,
                db().select(USER).where(USER.age.ge(18)).select(USER.id, USER.name));
        assertEquals(List.of("A1", "B1"), db().select(POST).select(POST.title)
                .where(POST.authorId.in(db().select(adults).select(adults.first)))
                .where(exists(db().select(adults).where(adults.second.eq("Cid")).select(adults.first)))
                .orderBy(POST.title.asc()).fetch());
        assertEquals(List.of("Ann", "Bob"), db().select(USER).select(USER.name)
                .where(USER.id.in(db().select(adults).select(adults.first)))
                .where(exists(db().select(POST).where(POST.authorId.eq(USER.id)).select(POST.id)))
                .where(exists(db().select(adults).where(adults.first.eq(USER.id)).select(adults.second)))
                .orderBy(USER.name.asc()).fetch(), "correlated subqueries read the common table too");
        assertEquals(List.of(), db().select(POST).select(POST.title)
                .where(POST.authorId.in(db().select(adults).select(adults.first)))
                .where(exists(db().select(adults).where(adults.second.eq("Dee")).select(adults.first))).fetch(),
                "Dee is no adult");
    }
}
