package dev.quarry;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Sample_.SAMPLE;
import static dev.quarry.query.Sql.avg;
import static dev.quarry.query.Sql.cast;
import static dev.quarry.query.Sql.max;
import static dev.quarry.query.Sql.min;
import static dev.quarry.query.Sql.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.MappingException;
import dev.quarry.exception.SqlExecutionException;
import dev.quarry.fixture.Sample;
import dev.quarry.query.Tuple2;
import dev.quarry.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decimals on SQLite are numbers: DECIMAL columns have NUMERIC affinity, a {@code BigDecimal}
 * is bound as an INTEGER or a REAL, and whatever storage class comes back is read without
 * binary artefacts. The queries of the audit that returned wrong rows while decimals were text.
 */
class SqliteDecimalTest extends DatabaseTestBase {
    @TempDir
    static Path directory;

    private String url;

    @Override
    protected String url() {
        url = TestDatabases.sqliteFile(directory);
        return url;
    }

    private static Sample sample(long n, String amount) {
        return new Sample(new UUID(0, n), null, null, null, null, null, null, amount == null ? null : new BigDecimal(amount),
                null, null, null, null, null, null, null, null);
    }

    private void amounts(String... amounts) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            samples.add(sample(i + 1, amounts[i]));
        }
        db.insertAll(SAMPLE, samples);
    }

    /** Rows of plain JDBC text, one string per row with its columns joined by {@code |}. */
    private List<String> rows(String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void decimalColumnsHaveNumericAffinityAndHoldIntegersOrReals() {
        assertEquals(List.of("NUMERIC"), rows("SELECT type FROM pragma_table_info('sample') WHERE name = 'amount'"));
        amounts("10.00", "9.5", "1234.500", "0.1", "9007199254740993", "-9223372036854775808", "9223372036854775808",
                "123456789012345678901234567890.123456789", "0.000", null);
        assertEquals(List.of("integer|10", "real|9.5", "real|1234.5", "real|0.1", "integer|9007199254740993",
                        "integer|-9223372036854775808", "real|9.2233720368547758e+18", "real|1.2345678901234568e+29",
                        "integer|0", "null|null"),
                rows("SELECT typeof(amount), amount FROM sample ORDER BY id"));
    }

    @Test
    void valuesComeBackAsExactlyAsSqliteKeepsThem() {
        amounts("10.00", "9.5", "1234.500", "0.1", "9007199254740993", "-99999999.9999", "0.0001",
                "123456789012345.6", "9223372036854775808", "123456789012345678901234567890.123456789", "1E+20");
        List<BigDecimal> read = db.select(SAMPLE).orderBy(SAMPLE.id.asc()).fetch().stream().map(Sample::amount).toList();
        assertEquals(List.of(new BigDecimal("10"), new BigDecimal("9.5"), new BigDecimal("1234.5"), new BigDecimal("0.1"),
                new BigDecimal("9007199254740993"), new BigDecimal("-99999999.9999"), new BigDecimal("0.0001"),
                new BigDecimal("123456789012345.6"), new BigDecimal("9223372036854776000"),
                new BigDecimal("123456789012345680000000000000"), new BigDecimal("100000000000000000000")), read,
                "up to 15 significant digits, or a whole number in the long range, the value is kept, not its scale;"
                + " beyond that the nearest double, as its shortest decimal");
        for (BigDecimal amount : read) {
            assertEquals(1, db.select(SAMPLE).where(SAMPLE.amount.eq(amount)).count(), () -> "a value read finds its row: "
                    + amount);
        }
    }

    @Test
    void theAuditedQueriesReturnTheRightRows() {
        db.insertAll(PERSON, List.of(person("Ann", 30), person("Bob", 40)));
        amounts("10", "9.5");
        assertEquals(List.of(), db.select(PERSON).select(PERSON.name, avg(PERSON.age)).groupBy(PERSON.name)
                .having(avg(PERSON.age).lt(BigDecimal.TEN)).fetch());
        assertEquals(List.of("Ann", "Bob"), db.select(PERSON).select(PERSON.name, sum(PERSON.age)).groupBy(PERSON.name)
                .having(sum(PERSON.age).gt(BigDecimal.TEN)).orderBy(PERSON.name.asc()).fetch().stream()
                .map(Tuple2::first).toList());
        assertEquals(2, db.select(PERSON).where(cast(PERSON.age, BigDecimal.class).gt(new BigDecimal("9"))).count());
        assertEquals(2, db.select(SAMPLE).where(SAMPLE.amount.gt(new BigDecimal("9"))).count());
        assertEquals(1, db.select(SAMPLE).where(SAMPLE.amount.eq(new BigDecimal("10.0"))).count());
        assertEquals(List.of(new BigDecimal("9.5"), BigDecimal.TEN),
                db.select(SAMPLE).select(SAMPLE.amount).orderBy(SAMPLE.amount.asc()).fetch());
        assertEquals(new Tuple2<>(new BigDecimal("9.5"), BigDecimal.TEN),
                db.select(SAMPLE).select(min(SAMPLE.amount), max(SAMPLE.amount)).one());
    }

    @Test
    void boundDecimalsCompareAsNumbersWithExpressionsOfNoAffinity() {
        assertEquals(BigDecimal.ONE, db.text("SELECT :a < :b").bind("a", new BigDecimal("9.5"))
                .bind("b", new BigDecimal("10")).as(BigDecimal.class).one(), "9.5 < 10, not '9.5' > '10'");
        assertEquals(new BigDecimal("0.1"), db.text("SELECT :a").bind("a", new BigDecimal("0.10")).as(BigDecimal.class)
                .one());
        assertEquals(new BigDecimal("12.50"), db.text("SELECT '12.50'").as(BigDecimal.class).one(),
                "text is read as the decimal it spells, with its scale");
    }

    @Test
    void aDecimalBeyondTheRangeOfADoubleIsRefusedBeforeAnythingIsWritten() {
        SqlExecutionException thrown = assertThrows(SqlExecutionException.class,
                () -> db.insert(SAMPLE, sample(1, "1E+400")));
        assertTrue(thrown.getMessage().contains("SQLite cannot store the decimal 1E+400 as a number"), thrown.getMessage());
        assertEquals("22003", thrown.sqlState());
        assertEquals(0, db.select(SAMPLE).count());
        assertThrows(SqlExecutionException.class,
                () -> db.select(SAMPLE).where(SAMPLE.amount.gt(new BigDecimal("1E-400"))).stream().toList());
    }

    @Test
    void whatIsNotADecimalFailsToReadWithTheValue() {
        executeDirectly("INSERT INTO sample (id, amount) VALUES ('" + new UUID(0, 1) + "', 'ten')");
        MappingException text = assertThrows(MappingException.class, () -> db.get(SAMPLE, new UUID(0, 1)));
        assertTrue(text.getMessage().contains("holds 'ten', which is not a decimal"), text.getMessage());
        executeDirectly("UPDATE sample SET amount = 1e999");
        MappingException infinite = assertThrows(MappingException.class, () -> db.get(SAMPLE, new UUID(0, 1)));
        assertTrue(infinite.getMessage().contains("holds Infinity, which is not a decimal"), infinite.getMessage());
        executeDirectly("UPDATE sample SET amount = x'01'");
        MappingException blob = assertThrows(MappingException.class, () -> db.get(SAMPLE, new UUID(0, 1)));
        assertTrue(blob.getMessage().contains("holds a BLOB, which is not a decimal"), blob.getMessage());
    }

    @Test
    void aFileWrittenWhenDecimalsWereTextIsReadAndCanBeRebuiltIntoNumbers() {
        String textLayout = db.schema(List.of(SAMPLE)).createStatements().get(0).replace("\"amount\" NUMERIC",
                "\"amount\" TEXT");
        executeDirectly("DROP TABLE sample");
        executeDirectly(textLayout);
        for (String amount : new String[] {"10", "9.5", "1234.500"}) {
            executeDirectly("INSERT INTO sample (id, amount) VALUES ('" + new UUID(0, amount.length()) + "', '"
                    + amount + "')");
        }
        assertEquals(List.of(new BigDecimal("10"), new BigDecimal("9.5"), new BigDecimal("1234.500")),
                db.select(SAMPLE).orderBy(SAMPLE.id.asc()).fetch().stream().map(Sample::amount).toList(),
                "text is read exactly as it was written");

        // The rebuild the README describes, on a plain connection (foreign keys off): the current layout under
        // another name, the rows copied (NUMERIC affinity turns the text into numbers), the old table dropped,
        // the new one renamed.
        executeDirectly(db.schema(List.of(SAMPLE)).createStatements().get(0).replace("CREATE TABLE \"sample\"",
                "CREATE TABLE \"sample_new\""));
        executeDirectly("INSERT INTO sample_new SELECT * FROM sample");
        executeDirectly("DROP TABLE sample");
        executeDirectly("ALTER TABLE sample_new RENAME TO sample");
        assertEquals(List.of("integer|10", "real|9.5", "real|1234.5"),
                rows("SELECT typeof(amount), amount FROM sample ORDER BY id"));
        assertEquals(List.of(new BigDecimal("9.5"), BigDecimal.TEN, new BigDecimal("1234.5")),
                db.select(SAMPLE).select(SAMPLE.amount).where(SAMPLE.amount.gt(new BigDecimal("9")))
                        .orderBy(SAMPLE.amount.asc()).fetch());
    }
}
