package dev.quarry.internal.query;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Visit_.VISIT;
import static dev.quarry.query.Sql.concat;
import static dev.quarry.query.Sql.divide;
import static dev.quarry.query.Sql.length;
import static dev.quarry.query.Sql.now;
import static dev.quarry.query.Sql.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.fixture.Person;
import dev.quarry.fixture.Person_;
import dev.quarry.fixture.Visit;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.SqlLog;
import dev.quarry.internal.schema.DdlWriter;
import dev.quarry.internal.sql.MariadbDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden SQL on MariaDB, without a database: its quoting, DDL, pagination, upserts, functions
 * and {@code RETURNING}; and the features it lacks failing while the statement renders.
 */
class MariadbRenderingTest {
    private static final MariadbDialect DIALECT = new MariadbDialect();
    private static final Operations OPS = operations();

    private static Operations operations() {
        Engine engine = new Engine(DIALECT, new NoConnections(), new SqlLog(false));
        return new Operations(engine, engine);
    }

    @Test
    void tableWithAutoIncrementKeyChecksInBackticksAndTableOptions() {
        assertEquals(List.of("""
                CREATE TABLE `people` (
                    `id` BIGINT NOT NULL AUTO_INCREMENT,
                    `name` VARCHAR(100) NOT NULL,
                    `email` VARCHAR(255) NOT NULL,
                    `bio` VARCHAR(500),
                    `age` INT NOT NULL,
                    `created_at` DATETIME(6) NOT NULL DEFAULT (CURRENT_TIMESTAMP),
                    `status` TEXT NOT NULL,
                    PRIMARY KEY (`id`),
                    CONSTRAINT `ux_people_email` UNIQUE (`email`),
                    CONSTRAINT `people_status_check` CHECK (`status` IN ('ACTIVE', 'BANNED'))
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""",
                "CREATE INDEX `ix_people_name_created_at` ON `people` (`name`, `created_at`)"),
                new DdlWriter(DIALECT).create(Person_.SCHEMA));
    }

    @Test
    void identifiersAreQuotedWithBackticks() {
        assertEquals("`a``b`", DIALECT.quote("a`b"));
        assertEquals("`say \"hi\"`", DIALECT.quote("say \"hi\""));
        assertThrows(IllegalArgumentException.class, () -> DIALECT.quote(""));
    }

    @Test
    void checkExpressionsWrittenWithDoubleQuotesGetBackticksOutsideStrings() {
        assertEquals("`status` IN ('A\"B', 'it''s')", DIALECT.checkExpression("\"status\" IN ('A\"B', 'it''s')"));
        assertEquals("`a\"b` > 0 AND `c``d` < 1", DIALECT.checkExpression("\"a\"\"b\" > 0 AND \"c`d\" < 1"));
    }

    @Test
    void anOffsetWithoutALimitGetsTheLargestLimit() {
        assertEquals("SELECT `name` FROM `people` ORDER BY `name` ASC LIMIT ? OFFSET ?",
                OPS.select(PERSON).orderBy(PERSON.name.asc()).offset(5).select(PERSON.name).toSql());
        assertEquals(List.of(Long.MAX_VALUE, 5L),
                OPS.select(PERSON).orderBy(PERSON.name.asc()).offset(5).select(PERSON.name).parameters());
    }

    @Test
    void functionsUseMariadbSpellings() {
        assertEquals("SELECT CONCAT(`name`, ?, `email`), CHAR_LENGTH(`name`), `age` DIV ?, CURRENT_TIMESTAMP(6)"
                        + " FROM `people`",
                OPS.select(PERSON).select(concat(PERSON.name, value(" "), PERSON.email), length(PERSON.name),
                        divide(PERSON.age, 4), now()).toSql());
    }

    @Test
    void upsertsAreOnDuplicateKeyUpdate() {
        Person ann = new Person("Ann", "ann@example.com", 30);
        assertEquals("INSERT INTO `people` (`name`, `email`, `bio`, `age`, `status`)"
                        + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE `age` = VALUES(`age`)"
                        + " RETURNING `id`",
                OPS.insertInto(PERSON).values(ann).onConflict(PERSON.email).doUpdateSetExcluded(PERSON.age)
                        .returning(PERSON.id).toSql());
        assertEquals("INSERT INTO `visit` (`person_id`, `seq`, `note`) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE `visit`.`person_id` = `visit`.`person_id`",
                OPS.insertInto(VISIT).values(new Visit(1L, 1, "a")).onConflict(VISIT.personId, VISIT.seq).doNothing()
                        .toSql());
    }

    @Test
    void deleteReturnsRowsAndUpdateReturningFailsWhileRendering() {
        assertEquals("DELETE FROM `people` WHERE `age` < ? RETURNING `name`",
                OPS.delete(PERSON).where(PERSON.age.lt(3)).returning(PERSON.name).toSql());
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> OPS.update(PERSON).set(PERSON.age, 1).all().returning());
        assertTrue(e.getMessage().startsWith("MariaDB has no UPDATE ... RETURNING"), e.getMessage());
    }

    @Test
    void fullJoinsAndNullsOrderingFailWhileRendering() {
        assertThrows(UnsupportedOperationException.class,
                () -> OPS.select(PERSON).fullJoin(VISIT).on(VISIT.personId.eq(PERSON.id)).toSql());
        assertThrows(UnsupportedOperationException.class,
                () -> OPS.select(PERSON).orderBy(PERSON.bio.asc().nullsFirst()).toSql());
        assertEquals("SELECT `people`.`name` FROM `people` RIGHT JOIN `visit` ON `visit`.`person_id` = `people`.`id`",
                OPS.select(PERSON).rightJoin(VISIT).on(VISIT.personId.eq(PERSON.id)).select(PERSON.name).toSql());
    }
}
