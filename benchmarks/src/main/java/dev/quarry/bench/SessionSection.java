package dev.quarry.bench;

import dev.quarry.bench.Results.Bytes;
import dev.quarry.bench.Results.Time;
import dev.quarry.bench.contender.ContenderKind;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's section on scenario 8, the session's "load 1,000, change 100, flush": every
 * contender's time, statements and allocation, the two targets of the session (within 1.25× of
 * hand-written JDBC, at least 2× faster than Hibernate) and the memory per tracked entity.
 */
final class SessionSection {
    private static final Scenario SCENARIO = Scenario.LOAD_CHANGE_FLUSH;

    private SessionSection() {
    }

    /** The section, or an empty text when the run did not include scenario 8. */
    static String render(Results results) {
        if (!results.scenarios().contains(SCENARIO)) {
            return "";
        }
        StringBuilder md = new StringBuilder();
        md.append("\n## Session: load 1,000, change 100, flush\n\n");
        md.append(DESCRIPTION);
        md.append("\n| Contender | Time per operation | Ratio to JDBC | Statements (prepared / executed / batches)"
                + " | Allocated per operation | Allocated per loaded entity, beyond JDBC |\n|---|---|---|---|---|---|\n");
        for (ContenderKind kind : results.contenders()) {
            Optional<Time> time = results.time(SCENARIO, kind);
            if (time.isEmpty()) {
                continue;
            }
            md.append("| ").append(kind == ContenderKind.QUARRY ? "Quarry session" : kind.label())
                    .append(" | ").append(MarkdownReport.duration(time.get()))
                    .append(" | ").append(results.ratio(SCENARIO, kind).map(MarkdownReport::ratio).orElse("—"))
                    .append(" | ").append(results.statements(SCENARIO, kind).map(s -> MarkdownReport.number(s.prepared())
                            + " / " + MarkdownReport.number(s.executed()) + " / " + MarkdownReport.number(s.batches()))
                            .orElse("—"))
                    .append(" | ").append(Optional.ofNullable(results.allocation().get(kind)).map(SessionSection::bytes)
                            .orElse("not measured"))
                    .append(" | ").append(kind == ContenderKind.JDBC ? "(the floor)"
                            : results.allocationPerEntity(kind).map(b -> String.format(Locale.ROOT, "%,.0f B", b))
                            .orElse("—"))
                    .append(" |\n");
        }
        md.append("\n| Target | Figure | |\n|---|---|---|\n");
        for (String[] row : targets(results)) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        md.append('\n').append(String.format(Locale.ROOT, MEMORY, AllocationRun.COMMAND));
        return md.toString();
    }

    /** The session's two targets, as rows of a targets table (none when a figure is missing). */
    static java.util.List<String[]> targets(Results results) {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        Optional<Double> ratio = results.ratio(SCENARIO, ContenderKind.QUARRY);
        ratio.ifPresent(r -> rows.add(new String[] {"Quarry session: load 1,000, change 100, flush within 1.25× of JDBC",
            MarkdownReport.ratio(r), (r <= 1.25 ? "met" : "**missed**")
                    + MarkdownReport.noise(results, SCENARIO, ContenderKind.QUARRY, ContenderKind.JDBC)}));
        Optional<Time> session = results.time(SCENARIO, ContenderKind.QUARRY);
        Optional<Time> hibernate = results.time(SCENARIO, ContenderKind.HIBERNATE);
        if (session.isPresent() && hibernate.isPresent()) {
            double speedup = hibernate.get().micros() / session.get().micros();
            // conclusive only if the session's upper bound is still twice as fast as Hibernate's lower bound
            boolean sure = (hibernate.get().micros() - hibernate.get().error())
                    >= 2 * (session.get().micros() + session.get().error());
            rows.add(new String[] {"Quarry session: at least 2× faster than Hibernate (dirty checking)",
                String.format(Locale.ROOT, "%.2f× faster", speedup),
                (speedup >= 2 ? "met" : "**missed**")
                        + (sure || Double.isNaN(session.get().error()) ? "" : " (within the noise: the 99.9% intervals"
                        + " do not settle it)")});
        }
        return rows;
    }

    private static String bytes(Bytes bytes) {
        String error = Double.isNaN(bytes.error()) ? "" : String.format(Locale.ROOT, " ± %,.0f", bytes.error());
        return String.format(Locale.ROOT, "%,.0f%s B", bytes.perOperation(), error);
    }

    private static final String DESCRIPTION = """
            In one transaction: 1,000 users read by key range (ordered by key) into objects, every tenth of
            them (100) given a new bio, the changes written, commit. The range rotates over the seeded users;
            every new bio differs from the stored one; the changed bios are restored after every iteration, so
            every iteration sees the same tables.

            - **JDBC**: the rows into records, then one JDBC batch of `UPDATE users SET bio = ? WHERE id = ?`
              (100 rows): the code knows what it changed.
            - **Quarry session**: `try (Session s = db.session())`, `s.select(USER).where(USER.id.between(...))
              .orderBy(USER.id.asc()).fetch()` (the 1,000 objects enter the identity map, each with a snapshot
              of its columns), `setBio` on 100, `s.commit()`: the flush compares every object with its
              snapshot and sends the 100 changed ones as one JDBC batch of `UPDATE "users" SET "bio" = ?
              WHERE "id" = ?`.
            - **Quarry repository** (no session: repositories are not bound to one yet): in `db.transaction`,
              a derived finder, setters, and `saveAll` of the 100 the caller changed, which updates every
              column of each, one statement per row.
            - **JDBI 3** and **jOOQ 3.19**: the rows into records as in scenario 2, then a batch of the 100
              updates (`PreparedBatch`; `batch(update(...))` with bind values).
            - **Hibernate 7**: a session, a JPQL query loading 1,000 managed entities, `setBio` on 100, the
              commit's flush finds them by dirty checking (every column updated, Hibernate's default without
              `@DynamicUpdate`; the 100 in one JDBC batch).
            """;

    private static final String MEMORY = """
            Memory per tracked entity: JMH's GC profiler (`-prof gc`) gives the bytes allocated per
            operation (`gc.alloc.rate.norm`, ± its 99.9%% interval); the difference from hand-written JDBC,
            divided by the 1,000 objects loaded, is what each loaded object costs beyond JDBC's record:
            for the session its snapshot, its identity-map and key entries, and the entity's own
            mapping path. It is allocation, not retained heap (a retained snapshot is a part of it),
            measured in a short run of its own (one fork, 5 warm-up and 3 measured iterations per contender),
            the same as:

            ```sh
            %s
            ```
            """;
}
