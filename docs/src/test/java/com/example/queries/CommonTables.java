package com.example.queries;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static com.example.queries.Category_.CATEGORY;
import static dev.quarry.query.Sql.*;

import dev.quarry.Database;
import dev.quarry.query.CommonTable2;
import dev.quarry.query.CommonTable3;
import dev.quarry.query.Tuple2;
import java.util.List;
// end::imports[]

/** WITH and WITH RECURSIVE. */
public final class CommonTables {
    private CommonTables() {
    }

    // tag::plain[]
    public static List<Tuple2<String, Long>> postsBySeniors(Database db) {
        CommonTable2<Long, String> seniors = CommonTable2.of("seniors", "id", Long.class, "name", String.class,
                db.select(USER).where(USER.age.gt(40)).select(USER.id, USER.name));
        return db.select(seniors)
                .join(POST).on(POST.authorId.eq(seniors.first))
                .select(seniors.second, count())
                .groupBy(seniors.second)
                .orderBy(seniors.second.asc())
                .fetch();
    }
    // end::plain[]

    // tag::recursive[]
    public static List<String> under(Database db, String root) {
        CommonTable2<Long, String> subtree = CommonTable2.recursive("subtree", "id", Long.class, "name", String.class,
                self -> db.select(CATEGORY).where(CATEGORY.name.eq(root)).select(CATEGORY.id, CATEGORY.name)
                        .unionAll(db.select(CATEGORY).join(self).on(CATEGORY.parentId.eq(self.first))
                                .select(CATEGORY.id, CATEGORY.name)));
        return db.select(subtree).select(subtree.second).orderBy(subtree.second.asc()).fetch();
    }
    // end::recursive[]

    // tag::depth[]
    public static List<String> atDepth(Database db, int depth) {
        CommonTable3<Long, String, Integer> walk = CommonTable3.recursive("walk",
                "id", Long.class, "name", String.class, "depth", Integer.class,
                self -> db.select(CATEGORY).where(CATEGORY.parentId.isNull())
                        .select(CATEGORY.id, CATEGORY.name, value(0))
                        .unionAll(db.select(CATEGORY).join(self).on(CATEGORY.parentId.eq(self.first))
                                .select(CATEGORY.id, CATEGORY.name, add(self.third, 1))));
        return db.select(walk).where(walk.third.eq(depth)).select(walk.second).orderBy(walk.second.asc()).fetch();
    }
    // end::depth[]
}
