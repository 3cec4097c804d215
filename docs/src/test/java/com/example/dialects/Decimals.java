package com.example.dialects;

// tag::imports[]
import static com.example.blog.User_.USER;
import static com.example.dialects.Measurement_.MEASUREMENT;
import static com.example.dialects.Order_.ORDER;
import static dev.quarry.query.Sql.avg;
import static dev.quarry.query.Sql.sum;

import com.example.blog.UserStatus;
import dev.quarry.Database;
import dev.quarry.query.Tuple2;
import java.math.BigDecimal;
import java.util.List;
// end::imports[]

/** BigDecimal columns, which SQLite keeps as integers or doubles. */
public final class Decimals {
    private Decimals() {
    }

    // tag::compare[]
    public static List<Object> compare(Database db) {
        db.insertAll(ORDER, List.of(new Order(new BigDecimal("10.00")), new Order(new BigDecimal("9.50"))));
        long above9 = db.select(ORDER).where(ORDER.amount.gt(new BigDecimal("9"))).count();        // 2
        long exactly10 = db.select(ORDER).where(ORDER.amount.eq(new BigDecimal("10.00"))).count(); // 1
        List<BigDecimal> ascending = db.select(ORDER.amount).orderBy(ORDER.amount.asc()).fetch();
        // PostgreSQL: [9.50, 10.00]; SQLite: [9.5, 10], equal by compareTo
        return List.of(above9, exactly10, ascending);
    }
    // end::compare[]

    // tag::having[]
    public static List<Tuple2<UserStatus, BigDecimal>> averageAgeAbove(Database db, BigDecimal age) {
        return db.select(USER).select(USER.status, avg(USER.age))
                .groupBy(USER.status)
                .having(avg(USER.age).gt(age))         // compared as numbers on both databases
                .fetch();
    }
    // end::having[]

    // tag::stored[]
    public static BigDecimal storeAndRead(Database db, BigDecimal value) {
        Measurement stored = db.insert(MEASUREMENT, new Measurement(null, value));
        return db.get(MEASUREMENT, stored.id()).orElseThrow().value();
    }
    // end::stored[]

    // tag::sum[]
    public static BigDecimal sumOfTenthAndFifth(Database db) {
        db.insertAll(ORDER, List.of(new Order(new BigDecimal("0.10")), new Order(new BigDecimal("0.20"))));
        return db.select(sum(ORDER.amount)).one();   // PostgreSQL 0.30; SQLite 0.30000000000000004
    }
    // end::sum[]
}
