package dev.quarry.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Script file names and the order of versions. */
class ScriptNameTest {
    @Test
    void parsesAnUpScript() {
        ScriptName name = ScriptName.parse("V2__add_user_bio.sql").orElseThrow();
        assertFalse(name.undo());
        assertEquals(Version.parse("2"), name.version());
        assertEquals("2", name.version().text());
        assertEquals("add user bio", name.description());
        assertEquals("V2__add_user_bio.sql", name.fileName());
    }

    @Test
    void parsesAnUndoScriptWithADottedVersion() {
        ScriptName name = ScriptName.parse("U1.2.10__Drop_tags.sql").orElseThrow();
        assertTrue(name.undo());
        assertEquals("1.2.10", name.version().text());
        assertEquals("Drop tags", name.description());
    }

    @Test
    void underscoresInTheVersionAreDots() {
        ScriptName name = ScriptName.parse("V1_1__x.sql").orElseThrow();
        assertEquals("1.1", name.version().text());
        assertEquals(Version.parse("1.1"), name.version());
        assertEquals("x", name.description());
    }

    @Test
    void otherFilesAreNotScripts() {
        assertEquals(Optional.empty(), ScriptName.parse("README.md"));
        assertEquals(Optional.empty(), ScriptName.parse("R__views.sql"));
        assertEquals(Optional.empty(), ScriptName.parse("Vacuum.sql"));
    }

    @Test
    void aNameThatStartsLikeAScriptButIsMalformedIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScriptName.parse("V2_add_bio.sql"));
        assertTrue(e.getMessage().contains("'V2_add_bio.sql' is not a migration script name"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScriptName.parse("V2__add_bio.txt"));
        assertThrows(IllegalArgumentException.class, () -> ScriptName.parse("U3__.sql"));
    }

    @Test
    void versionsCompareNumberByNumber() {
        List<Version> sorted = List.of(Version.parse("0"), Version.parse("1"), Version.parse("1.1"),
                Version.parse("1.2"), Version.parse("1.10"), Version.parse("2"), Version.parse("9.9.9"),
                Version.parse("10"), Version.parse("100"));
        List<Version> shuffled = new ArrayList<>(sorted);
        Collections.reverse(shuffled);
        Collections.swap(shuffled, 1, 5);
        Collections.sort(shuffled);
        assertEquals(sorted, shuffled);
    }

    @Test
    void trailingZerosDoNotCount() {
        assertEquals(Version.parse("1"), Version.parse("1.0"));
        assertEquals(0, Version.parse("1.0.0").compareTo(Version.parse("1")));
        assertEquals(Version.ZERO, Version.parse("0.0"));
        assertTrue(Version.parse("1.0.1").compareTo(Version.parse("1")) > 0);
    }

    @Test
    void largeNumbersCompareExactly() {
        assertTrue(Version.parse("20240101120000").compareTo(Version.parse("20240101115959")) > 0);
        assertTrue(Version.parse("99999999999999999999").compareTo(Version.parse("100000000000000000000")) < 0);
    }

    @Test
    void aVersionIsNumbersOnly() {
        assertFalse(Version.isVersion("1.a"));
        assertFalse(Version.isVersion("1."));
        assertFalse(Version.isVersion(""));
        assertFalse(Version.isVersion("v1"));
        assertTrue(Version.isVersion("1_2"));
        assertThrows(IllegalArgumentException.class, () -> Version.parse("x"));
    }

    @Test
    void majorIsTheFirstNumber() {
        assertEquals("3", Version.parse("3.1").major().toString());
        assertEquals("0", Version.ZERO.major().toString());
    }
}
