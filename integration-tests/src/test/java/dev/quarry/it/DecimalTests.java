package dev.quarry.it;

import static dev.quarry.it.model.Tables.ALL_TYPES;
import static dev.quarry.it.model.Tables.USER;
import static dev.quarry.query.Sql.add;
import static dev.quarry.query.Sql.avg;
import static dev.quarry.query.Sql.cast;
import static dev.quarry.query.Sql.coalesce;
import static dev.quarry.query.Sql.max;
import static dev.quarry.query.Sql.min;
import static dev.quarry.query.Sql.scalar;
import static dev.quarry.query.Sql.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.it.model.AllTypes;
import dev.quarry.query.Condition;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.testing.DatabaseExtension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code BigDecimal} values and DECIMAL columns compare, sort and aggregate as numbers on every
 * dialect, with the same rows: comparisons against columns, against aggregates and arithmetic
 * (no column affinity on SQLite), casts, ordering, min/max, sum/avg, having, keyset pages.
 * Where SQLite cannot be PostgreSQL (it keeps neither the scale nor more than a double's
 * digits, and sums non-integers in floating point) the test says what each gives.
 */
abstract class DecimalTests extends DialectTests {
    protected DecimalTests(DatabaseExtension database) {
        super(database);
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    /** Rows 1, 2, ... with these {@code money} values ({@code numeric(12, 4)}). */
    private void money(String... amounts) {
        List<AllTypes> rows = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            AllTypes row = TypesTests.withNulls(i + 1);
            row.money = d(amounts[i]);
            row.requiredBoolean = i % 2 == 0;
            rows.add(row);
        }
        db().insertAll(ALL_TYPES, rows);
    }

    private static List<Long> ids(List<AllTypes> rows) {
        return rows.stream().map(row -> row.id).toList();
    }

    private List<Long> idsWhere(Condition<AllTypes> condition) {
        return ids(db().select(ALL_TYPES).where(condition).orderBy(ALL_TYPES.id.asc()).fetch());
    }

    @Test
    void theAuditedQueriesReturnTheRightRows() {
        insertUser("Ann", 30);
        insertUser("Bob", 40);
        money("10", "9.5");
        assertEquals(List.of(), db().select(USER).select(USER.name, avg(USER.age)).groupBy(USER.name)
                .having(avg(USER.age).lt(BigDecimal.TEN)).fetch());
        assertEquals(List.of("Ann", "Bob"), db().select(USER).select(USER.name, sum(USER.age)).groupBy(USER.name)
                .having(sum(USER.age).gt(BigDecimal.TEN)).orderBy(USER.name.asc()).fetch().stream()
                .map(Tuple2::first).toList());
        assertEquals(2, db().select(USER).where(cast(USER.age, BigDecimal.class).gt(d("9"))).count());
        assertEquals(2, db().select(ALL_TYPES).where(ALL_TYPES.money.gt(d("9"))).count());
        assertEquals(1, db().select(ALL_TYPES).where(ALL_TYPES.money.eq(d("10.0"))).count());
        assertEquals(List.of(2L, 1L), ids(db().select(ALL_TYPES).orderBy(ALL_TYPES.money.asc()).fetch()));
    }

    @Test
    void comparisonsWithBoundDecimalsAreNumeric() {
        money("10", "9.5", "100", "-1.25", "0.1");
        assertEquals(List.of(1L, 2L, 3L), idsWhere(ALL_TYPES.money.gt(d("9"))));
        assertEquals(List.of(1L, 2L, 3L), idsWhere(ALL_TYPES.money.ge(d("9.50"))));
        assertEquals(List.of(4L, 5L), idsWhere(ALL_TYPES.money.lt(d("9.5"))));
        assertEquals(List.of(1L, 2L, 4L, 5L), idsWhere(ALL_TYPES.money.le(d("10.0000"))));
        assertEquals(List.of(2L, 3L, 4L, 5L), idsWhere(ALL_TYPES.money.ne(d("10.00"))));
        assertEquals(List.of(1L, 2L), idsWhere(ALL_TYPES.money.between(d("9"), d("10"))));
        assertEquals(List.of(1L, 5L), idsWhere(ALL_TYPES.money.in(List.of(d("10.000"), d("0.10")))));
        assertEquals(List.of(2L, 3L, 4L), idsWhere(ALL_TYPES.money.notIn(List.of(d("1E+1"), d("0.1")))));
        assertEquals(List.of(4L), idsWhere(ALL_TYPES.money.eq(d("-1.2500"))));
    }

    @Test
    void comparisonsWithExpressionsOfNoColumnTypeAreNumeric() {
        money("10", "9.5", "100", "-1.25", "0.1");
        assertEquals(List.of(1L, 2L, 3L), idsWhere(add(ALL_TYPES.money, d("0.5")).gt(d("9.9"))), "arithmetic");
        assertEquals(List.of(3L), idsWhere(ALL_TYPES.money.gt(scalar(db().select(ALL_TYPES).select(avg(ALL_TYPES.money))))),
                "a scalar subquery: the average is 23.67");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), idsWhere(coalesce(ALL_TYPES.anyDecimal, d("2.5")).lt(d("10"))));
        assertEquals(List.of(2L, 4L, 5L), idsWhere(cast(ALL_TYPES.money, BigDecimal.class).lt(d("10"))));
        assertEquals(List.of(), db().select(ALL_TYPES).select(ALL_TYPES.requiredBoolean, max(ALL_TYPES.money))
                .groupBy(ALL_TYPES.requiredBoolean).having(max(ALL_TYPES.money).lt(d("9.5"))).fetch());
        assertEquals(List.of(false), db().select(ALL_TYPES).select(ALL_TYPES.requiredBoolean, min(ALL_TYPES.money))
                .groupBy(ALL_TYPES.requiredBoolean).having(min(ALL_TYPES.money).lt(d("-1"))).fetch().stream()
                .map(Tuple2::first).toList());
    }

    @Test
    void orderingMinAndMaxAreNumeric() {
        money("10", "9.5", "100", "-1.25", "0.1", "1E+2", "99.99");
        assertEquals(List.of(4L, 5L, 2L, 1L, 7L, 3L, 6L),
                ids(db().select(ALL_TYPES).orderBy(ALL_TYPES.money.asc(), ALL_TYPES.id.asc()).fetch()));
        assertEquals(List.of(6L, 3L, 7L, 1L, 2L, 5L, 4L),
                ids(db().select(ALL_TYPES).orderBy(ALL_TYPES.money.desc(), ALL_TYPES.id.desc()).fetch()));
        Tuple2<BigDecimal, BigDecimal> range = db().select(ALL_TYPES).select(min(ALL_TYPES.money), max(ALL_TYPES.money))
                .one();
        assertEquals(0, d("-1.25").compareTo(range.first()), range.toString());
        assertEquals(0, d("100").compareTo(range.second()), range.toString());
    }

    @Test
    void keysetPagesWalkDecimalsInNumericOrder() {
        money("10", "9.5", "100", "-1.25", "0.1", "1E+2", "99.99");
        SelectQuery<AllTypes> ordered = db().select(ALL_TYPES).orderBy(ALL_TYPES.money.asc(), ALL_TYPES.id.asc());
        List<Long> walked = new ArrayList<>();
        List<AllTypes> page = ordered.limit(3).fetch();
        while (!page.isEmpty()) {
            page.forEach(row -> walked.add(row.id));
            AllTypes last = page.get(page.size() - 1);
            page = ordered.seek(last.money, last.id).limit(3).fetch();
        }
        assertEquals(List.of(4L, 5L, 2L, 1L, 7L, 3L, 6L), walked);
    }

    @Test
    void sumsAndAveragesOfIntegersAreExactAndCompareInHaving() {
        for (int age : new int[] {25, 30, 35, 40}) {
            insertUser("User " + age, age);
        }
        Tuple2<BigDecimal, BigDecimal> totals = db().select(USER).select(sum(USER.age), avg(USER.age)).one();
        assertEquals(0, d("130").compareTo(totals.first()), totals.toString());
        assertEquals(0, d("32.5").compareTo(totals.second()), totals.toString());
        assertEquals(List.of("User 35", "User 40"), db().select(USER).select(USER.name, avg(USER.age))
                .groupBy(USER.name).having(avg(USER.age).gt(d("32.5"))).orderBy(USER.name.asc()).fetch().stream()
                .map(Tuple2::first).toList());
        assertEquals(List.of(), db().select(USER).select(USER.status, sum(USER.age)).groupBy(USER.status)
                .having(sum(USER.age).ne(d("130.00"))).fetch());
    }

    @Test
    void sumsAndAveragesOfDecimalsCompareInHaving() {
        money("9.5", "10", "0.5", "4");
        Tuple2<BigDecimal, BigDecimal> totals = db().select(ALL_TYPES).select(sum(ALL_TYPES.money), avg(ALL_TYPES.money))
                .one();
        assertEquals(0, d("24").compareTo(totals.first()), totals.toString());
        assertEquals(0, d("6").compareTo(totals.second()), totals.toString());
        List<Tuple3<Boolean, BigDecimal, BigDecimal>> groups = db().select(ALL_TYPES)
                .select(ALL_TYPES.requiredBoolean, sum(ALL_TYPES.money), avg(ALL_TYPES.money))
                .groupBy(ALL_TYPES.requiredBoolean).having(sum(ALL_TYPES.money).lt(d("10.01"))).fetch();
        assertEquals(1, groups.size(), groups.toString());
        assertEquals(true, groups.get(0).first(), "9.5 + 0.5 is 10 < 10.01; 10 + 4 is 14");
        assertEquals(0, d("5").compareTo(groups.get(0).third()), groups.toString());
    }

    @Test
    void sqliteSumsNonIntegersInFloatingPoint() {
        money("0.1", "0.2");
        BigDecimal total = db().select(ALL_TYPES).select(sum(ALL_TYPES.money)).one();
        if (postgres() || mariadb()) {
            assertEquals(d("0.3000"), total, "numeric arithmetic is exact, at the column's scale");
        } else {
            assertEquals(d("0.30000000000000004"), total, "the sum of two doubles, read as its shortest decimal");
        }
    }

    @Test
    void valuesRoundTripWithTheirScaleOnPostgresAndTheirValueOnSqlite() {
        money("10.0000", "9.5", "-99999999.9999", "0.0001");
        List<BigDecimal> read = db().select(ALL_TYPES).select(ALL_TYPES.money).orderBy(ALL_TYPES.id.asc()).fetch();
        assertEquals(postgres() || mariadb() ? List.of(d("10.0000"), d("9.5000"), d("-99999999.9999"), d("0.0001"))
                : List.of(d("10"), d("9.5"), d("-99999999.9999"), d("0.0001")), read);
        for (BigDecimal value : read) {
            assertEquals(1, db().select(ALL_TYPES).where(ALL_TYPES.money.eq(value)).count(), () -> "finds " + value);
        }
    }

    @Test
    void unconstrainedDecimalsKeepEveryDigitOnPostgresAndADoublesWorthOnSqlite() {
        String[] written = {"123456789012345678901234567890.123456789012345678901234567890", "9007199254740993",
            "9223372036854775807", "0.1234567890123456789", "123456789012345"};
        List<AllTypes> rows = new ArrayList<>();
        for (int i = 0; i < written.length; i++) {
            AllTypes row = TypesTests.withNulls(i + 1);
            row.anyDecimal = d(written[i]);
            rows.add(row);
        }
        db().insertAll(ALL_TYPES, rows);
        List<BigDecimal> read = db().select(ALL_TYPES).select(ALL_TYPES.anyDecimal).orderBy(ALL_TYPES.id.asc()).fetch();
        if (postgres()) {
            assertEquals(List.of(written).stream().map(BigDecimal::new).toList(), read);
        } else if (mariadb()) {
            // DECIMAL(65, 30): every digit of these values, at scale 30
            assertEquals(List.of(written).stream().map(value -> new BigDecimal(value).setScale(30)).toList(), read);
        } else {
            assertEquals(List.of(d("123456789012345680000000000000"), d("9007199254740993"), d("9223372036854775807"),
                    d("0.12345678901234568"), d("123456789012345")), read,
                    "whole numbers in the 64-bit range and up to 15 significant digits exactly, otherwise the nearest"
                    + " double");
        }
        assertEquals(List.of(2L), idsWhere(ALL_TYPES.anyDecimal.eq(d("9007199254740993"))), "not 2^53 or 2^53 + 2");
        assertEquals(List.of(1L, 3L), idsWhere(ALL_TYPES.anyDecimal.gt(d("9007199254740993"))));
        for (int i = 0; i < written.length; i++) {
            assertEquals(List.of(i + 1L), idsWhere(ALL_TYPES.anyDecimal.eq(d(written[i]))), "finds " + written[i]);
        }
    }
}
