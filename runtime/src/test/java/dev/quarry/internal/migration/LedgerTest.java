package dev.quarry.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.migration.MigrationException;
import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.MigrationState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scripts against the history: states, what runs, and what is refused. */
class LedgerTest {
    private static final Instant WHEN = Instant.parse("2024-05-01T10:00:00Z");

    private static Script up(String version, String text) {
        return new Script(ScriptName.parse("V" + version + "__step_" + version + ".sql").orElseThrow(), "dir", text);
    }

    private static Script down(String version) {
        return new Script(ScriptName.parse("U" + version + "__step_" + version + ".sql").orElseThrow(), "dir", "--");
    }

    private static HistoryRow row(int rank, Script script) {
        return row(rank, script.version().text(), script.checksum());
    }

    private static HistoryRow row(int rank, String version, String checksum) {
        return new HistoryRow(rank, Version.parse(version), version, "step " + version, "V" + version + "__step_"
                + version + ".sql", checksum, "me", WHEN, Duration.ofMillis(5));
    }

    private static Ledger ledger(List<Script> scripts, HistoryRow... rows) {
        return new Ledger(new Scripts("dir", scripts), List.of(rows));
    }

    private static List<String> versions(List<Script> scripts) {
        return scripts.stream().map(script -> script.version().text()).toList();
    }

    @Test
    void statesAndUndoability() {
        Script one = up("1", "a");
        Script two = up("2", "b");
        Script three = up("3", "c");
        Ledger ledger = ledger(List.of(one, down("1"), two, three), row(1, one), row(2, "2", "old"), row(3, "4", "x"));
        List<MigrationInfo> history = ledger.history();
        assertEquals(List.of("1", "2", "3", "4"), history.stream().map(MigrationInfo::version).toList());
        assertEquals(List.of(MigrationState.APPLIED, MigrationState.CHANGED, MigrationState.PENDING, MigrationState.MISSING),
                history.stream().map(MigrationInfo::state).toList());
        assertEquals(List.of(true, false, false, false), history.stream().map(MigrationInfo::undoable).toList());
        assertEquals(WHEN, history.get(0).installedOn());
        assertEquals(null, history.get(2).installedOn());
        assertEquals(three.checksum(), history.get(2).checksum());
        assertEquals("4", ledger.current().orElseThrow().version());
        assertTrue(ledger(List.of(one)).current().isEmpty());
    }

    @Test
    void appliesPendingScriptsInOrderUpToATarget() {
        List<Script> scripts = new ArrayList<>(List.of(up("10", "j"), up("1", "a"), up("2", "b"), up("1.5", "c")));
        Ledger fresh = ledger(List.copyOf(scripts));
        assertEquals(List.of("1", "1.5", "2", "10"), versions(fresh.toApply(null)));
        assertEquals(List.of("1", "1.5"), versions(fresh.toApply(Version.parse("1.5"))));
        Ledger partly = ledger(List.copyOf(scripts), row(1, scripts.get(1)), row(2, scripts.get(3)));
        assertEquals(List.of("2", "10"), versions(partly.toApply(null)));
        assertEquals(List.of(), versions(partly.toApply(Version.parse("1"))));
    }

    @Test
    void anUnknownTargetIsRefused() {
        MigrationException e = assertThrows(MigrationException.class,
                () -> ledger(List.of(up("1", "a"), up("2", "b"))).toApply(Version.parse("3")));
        assertEquals("no script has version 3 in dir; the newest is 2", e.getMessage());
    }

    @Test
    void aChangedScriptIsRefused() {
        Script one = up("1", "a");
        MigrationException e = assertThrows(MigrationException.class,
                () -> ledger(List.of(one, up("2", "b")), row(1, "1", "0123")).toApply(null));
        assertTrue(e.getMessage().contains("V1__step_1.sql has changed since it was applied"), e.getMessage());
    }

    @Test
    void aMissingScriptIsRefused() {
        MigrationException e = assertThrows(MigrationException.class,
                () -> ledger(List.of(up("1", "a")), row(1, "1", up("1", "a").checksum()), row(2, "2", "x")).toApply(null));
        assertTrue(e.getMessage().contains("version 2 (V2__step_2.sql) is applied but has no script in dir"),
                e.getMessage());
    }

    @Test
    void aGapIsRefused() {
        Script one = up("1", "a");
        Script three = up("3", "c");
        MigrationException e = assertThrows(MigrationException.class,
                () -> ledger(List.of(one, up("2", "b"), three, up("4", "d")), row(1, one), row(2, three)).toApply(null));
        assertTrue(e.getMessage().startsWith("script V2__step_2.sql is older than the applied version 3 but was never"
                + " applied"), e.getMessage());
    }

    @Test
    void undoesNewestFirst() {
        Script one = up("1", "a");
        Script two = up("2", "b");
        Script three = up("3", "c");
        Ledger ledger = ledger(List.of(one, two, three, down("1"), down("2"), down("3")), row(1, one), row(2, two),
                row(3, three));
        assertEquals(List.of("3"), ledger.toUndo(1).stream().map(HistoryRow::versionText).toList());
        assertEquals(List.of("3", "2", "1"), ledger.toUndo(3).stream().map(HistoryRow::versionText).toList());
        assertEquals(List.of("3", "2"), ledger.toUndo(Version.parse("1")).stream().map(HistoryRow::versionText).toList());
        assertEquals(List.of("3", "2", "1"), ledger.toUndo(Version.ZERO).stream().map(HistoryRow::versionText).toList());
        assertEquals(List.of(), ledger.toUndo(Version.parse("3")));
    }

    @Test
    void badDowngradesAreRefused() {
        Script one = up("1", "a");
        Script two = up("2", "b");
        Ledger ledger = ledger(List.of(one, two, down("2")), row(1, one), row(2, two));
        assertEquals("cannot downgrade 0 steps: give at least 1",
                assertThrows(MigrationException.class, () -> ledger.toUndo(0)).getMessage());
        assertEquals("cannot downgrade 3 steps: only 2 migrations are applied",
                assertThrows(MigrationException.class, () -> ledger.toUndo(3)).getMessage());
        assertTrue(assertThrows(MigrationException.class, () -> ledger.toUndo(Version.parse("5"))).getMessage()
                .startsWith("cannot downgrade to version 5: it is not applied (applied: 1, 2)"));
        MigrationException missing = assertThrows(MigrationException.class, () -> ledger.toUndo(2));
        assertTrue(missing.getMessage().contains("no undo script U1__...sql (for V1__step_1.sql)"), missing.getMessage());
        assertFalse(missing.getMessage().contains("U2"), missing.getMessage());
    }
}
