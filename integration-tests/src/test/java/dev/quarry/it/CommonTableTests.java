package dev.quarry.it;

import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.USER;
import static dev.quarry.it.model.tree.Tables.CATEGORY;
import static dev.quarry.query.Sql.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.it.model.tree.Category;
import dev.quarry.query.CommonTable2;
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
}
