package dev.quarry.internal.migration;

import dev.quarry.migration.MigrationException;
import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.MigrationState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The scripts set against the history table: each migration's state, and which migrations an
 * upgrade or downgrade runs, refusing (before anything runs) when the two disagree.
 */
final class Ledger {
    private final Scripts scripts;
    private final TreeMap<Version, HistoryRow> applied = new TreeMap<>();

    Ledger(Scripts scripts, List<HistoryRow> rows) {
        this.scripts = scripts;
        for (HistoryRow row : rows) {
            applied.put(row.version(), row);
        }
    }

    /** Every migration of the scripts or the history, oldest first. */
    List<MigrationInfo> history() {
        Map<Version, MigrationInfo> all = new TreeMap<>();
        for (Script script : scripts.ups()) {
            all.put(script.version(), pending(script));
        }
        for (HistoryRow row : applied.values()) {
            all.put(row.version(), applied(row));
        }
        return List.copyOf(all.values());
    }

    /** The newest applied migration. */
    Optional<MigrationInfo> current() {
        return applied.isEmpty() ? Optional.empty() : Optional.of(applied(applied.lastEntry().getValue()));
    }

    /** Whether {@code version} is applied. */
    boolean isApplied(Version version) {
        return applied.containsKey(version);
    }

    /**
     * The scripts to apply, oldest first, up to and including {@code target} ({@code null}: all).
     *
     * @throws MigrationException if an applied script changed or is missing, a pending script is
     *     older than the newest applied one, or no script has the target version
     */
    List<Script> toApply(Version target) {
        checkApplied(applied.values());
        if (target != null && scripts.up(target).isEmpty()) {
            throw new MigrationException("no script has version " + target + " in " + scripts.location()
                    + (scripts.ups().isEmpty() ? " (there are no scripts)" : "; the newest is "
                    + scripts.ups().get(scripts.ups().size() - 1).version()));
        }
        List<Script> pending = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        Version newest = applied.isEmpty() ? null : applied.lastKey();
        for (Script script : scripts.ups()) {
            if (applied.containsKey(script.version())) {
                continue;
            }
            if (newest != null && script.version().compareTo(newest) < 0) {
                gaps.add(script.name().fileName());
            } else if (target == null || script.version().compareTo(target) <= 0) {
                pending.add(script);
            }
        }
        if (!gaps.isEmpty()) {
            throw new MigrationException("script" + (gaps.size() == 1 ? " " : "s ") + String.join(", ", gaps)
                    + (gaps.size() == 1 ? " is" : " are") + " older than the applied version " + newest
                    + " but " + (gaps.size() == 1 ? "was" : "were") + " never applied; give "
                    + (gaps.size() == 1 ? "it" : "them") + " a version above " + newest + " (in " + scripts.location() + ")");
        }
        return pending;
    }

    /** The scripts not applied yet, for generate's "upgrade first" check; validates as {@link #toApply}. */
    List<Script> pending() {
        return toApply(null);
    }

    /**
     * The newest {@code steps} applied migrations, newest first.
     *
     * @throws MigrationException if {@code steps} is less than 1 or more than are applied, or as
     *     for {@link #toUndo(Version)}
     */
    List<HistoryRow> toUndo(int steps) {
        if (steps < 1) {
            throw new MigrationException("cannot downgrade " + steps + " steps: give at least 1");
        }
        if (steps > applied.size()) {
            throw new MigrationException("cannot downgrade " + steps + " step" + (steps == 1 ? "" : "s") + ": only "
                    + applied.size() + " migration" + (applied.size() == 1 ? " is" : "s are") + " applied");
        }
        List<HistoryRow> undo = new ArrayList<>(applied.descendingMap().values()).subList(0, steps);
        return checkUndoable(undo);
    }

    /**
     * The applied migrations newer than {@code target}, newest first; {@code 0} means all.
     *
     * @throws MigrationException if {@code target} is not applied, an undo script is missing, or
     *     an applied script changed
     */
    List<HistoryRow> toUndo(Version target) {
        if (!target.equals(Version.ZERO) && !applied.containsKey(target)) {
            throw new MigrationException("cannot downgrade to version " + target + ": it is not applied (applied: "
                    + (applied.isEmpty() ? "none" : String.join(", ", applied.values().stream()
                    .map(HistoryRow::versionText).toList())) + "); use 0 to undo every migration");
        }
        return checkUndoable(new ArrayList<>(applied.tailMap(target, false).descendingMap().values()));
    }

    private List<HistoryRow> checkUndoable(List<HistoryRow> undo) {
        checkApplied(undo);
        List<String> missing = new ArrayList<>();
        for (HistoryRow row : undo) {
            if (scripts.down(row.version()).isEmpty()) {
                missing.add("U" + row.versionText() + "__...sql (for " + row.script() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new MigrationException("cannot downgrade: no undo script " + String.join(", ", missing) + " in "
                    + scripts.location() + "; nothing was undone");
        }
        return List.copyOf(undo);
    }

    /** Refuses when an applied migration's script changed or is gone. */
    private void checkApplied(Iterable<HistoryRow> rows) {
        List<String> problems = new ArrayList<>();
        for (HistoryRow row : rows) {
            Optional<Script> script = scripts.up(row.version());
            if (script.isEmpty()) {
                problems.add("version " + row.versionText() + " (" + row.script() + ") is applied but has no script in "
                        + scripts.location() + ": the database is ahead of the scripts, or the script was removed");
            } else if (!script.get().checksum().equals(row.checksum())) {
                problems.add(script.get().name().fileName() + " has changed since it was applied (checksum "
                        + row.checksum() + ", now " + script.get().checksum() + "); restore it and put the change"
                        + " in a new migration");
            }
        }
        if (!problems.isEmpty()) {
            throw new MigrationException("the scripts and the history table disagree; nothing was run:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** A script not applied yet. */
    MigrationInfo pending(Script script) {
        return new MigrationInfo(script.version().text(), script.name().description(), MigrationState.PENDING,
                script.checksum(), null, null, scripts.down(script.version()).isPresent());
    }

    /** An applied migration, with its state against the scripts. */
    MigrationInfo applied(HistoryRow row) {
        Optional<Script> script = scripts.up(row.version());
        MigrationState state = script.isEmpty() ? MigrationState.MISSING
                : script.get().checksum().equals(row.checksum()) ? MigrationState.APPLIED : MigrationState.CHANGED;
        return new MigrationInfo(row.versionText(), row.description(), state, row.checksum(), row.installedOn(),
                row.executionTime(), scripts.down(row.version()).isPresent());
    }
}
