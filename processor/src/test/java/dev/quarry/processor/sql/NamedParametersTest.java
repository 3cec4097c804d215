package dev.quarry.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedParametersTest {

    @Test
    void placeholdersBecomeQuestionMarksInOrder() {
        NamedParameters scanned = NamedParameters.scan("select * from users where age > :age and name = :name"
                + " or age < :age");

        assertEquals("select * from users where age > ? and name = ? or age < ?", scanned.jdbc());
        assertEquals(List.of("age", "name", "age"), scanned.names());
        assertEquals(List.of(32, 45, 56), scanned.offsets());
        scanned.offsets().forEach(offset -> assertEquals('?', scanned.jdbc().charAt(offset)));
    }

    @Test
    void literalsQuotedIdentifiersCommentsAndCastsAreLeftAlone() {
        String sql = "select ':a', \"b:c\", `d:e`, x::int -- :comment\nfrom t /* :block */ where y = 'it''s :f' and z = :g";

        NamedParameters scanned = NamedParameters.scan(sql);

        assertEquals(sql.replace(":g", "?"), scanned.jdbc());
        assertEquals(List.of("g"), scanned.names());
    }

    @Test
    void aNameIsTheLongestIdentifier() {
        NamedParameters scanned = NamedParameters.scan("values (:age, :ageName, :age2)");

        assertEquals("values (?, ?, ?)", scanned.jdbc());
        assertEquals(List.of("age", "ageName", "age2"), scanned.names());
    }

    @Test
    void aLoneColonIsNotAPlaceholder() {
        NamedParameters scanned = NamedParameters.scan("select a : b, ':'");

        assertEquals("select a : b, ':'", scanned.jdbc());
        assertEquals(List.of(), scanned.names());
    }

    @Test
    void unterminatedLiteralRunsToTheEnd() {
        assertEquals(List.of(), NamedParameters.scan("select 'open :a").names());
    }
}
