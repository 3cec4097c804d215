package dev.quarry.internal.session;

import dev.quarry.exception.MappingException;
import dev.quarry.internal.query.BindingCapture;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Arrays;

/** A session's snapshots: an object's column values by snapshot position, and what changed between two. */
final class Snapshots {
    /** No changed columns. */
    private static final int[] NONE = {};

    private Snapshots() {
    }

    /** The snapshot position of the column at schema position {@code column}. */
    static int position(TableInfo info, int column) {
        for (int p = 0; p < info.bound.length; p++) {
            if (info.bound[p] == column) {
                return p;
            }
        }
        throw new IllegalStateException("column " + column + " of " + info.name() + " is not in its snapshot");
    }

    /**
     * The object's column values by snapshot position, in a new array: through the mapper's
     * generated {@code snapshot} when it has one (after a first capture through
     * {@code bindInsert} has told the values' types).
     */
    static Object[] capture(TableInfo info, Object entity) {
        if (info.generatedSnapshots && info.typesKnown) {
            return info.table.mapper().snapshot(entity);
        }
        Object[] values = capture(info, entity, new Object[info.bound.length]);
        info.typesKnown = true;
        info.generatedSnapshots = info.table.mapper().snapshot(entity) != null;
        return values;
    }

    /**
     * The snapshot positions whose values differ between the object now and {@code before}, in a
     * new array (none: a shared empty one): by the mapper's generated {@code changedColumns}, with
     * no values captured, when it has one; else by capturing the values into the table's scratch
     * array and comparing. The version and {@code @CreatedAt} positions never count.
     *
     * @throws IllegalStateException if a key column changed
     */
    static int[] changed(TableInfo info, Object entity, Object[] before) {
        if (info.generatedSnapshots) {
            long changed = info.table.mapper().changedColumns(entity, before) & info.compared;
            if (changed == 0L) {
                return NONE;
            }
            if ((changed & info.keyColumns) == 0L) {
                int[] positions = new int[Long.bitCount(changed)];
                for (int i = 0; i < positions.length; i++) {
                    positions[i] = Long.numberOfTrailingZeros(changed);
                    changed &= changed - 1;
                }
                return positions;
            }
        }
        return changed(info, before, capture(info, entity, info.scratch), entity); // throws for a changed key
    }

    /**
     * Writes the object's column values into {@code values} (a new snapshot, or the table's
     * scratch array at a flush) through the mapper's {@code bindInsert}, and their types into the
     * table's {@link TableInfo#types}.
     */
    static Object[] capture(TableInfo info, Object entity, Object[] values) {
        BindingCapture capture = new BindingCapture(values, info.types);
        try {
            info.table.mapper().bindInsert(entity, 0L, capture, 1);
        } catch (SQLException e) {
            throw new MappingException("cannot read the columns of a " + info.name() + " object: " + e.getMessage(), e);
        }
        capture.requireAll();
        return values;
    }

    /** The snapshot positions whose values differ between {@code before} and {@code now}, in a new array (none: a shared empty one). */
    static int[] changed(TableInfo info, Object[] before, Object[] now, Object entity) {
        int[] changed = info.changed;
        int count = 0;
        for (int p = 0; p < now.length; p++) {
            if (p == info.version || p == info.createdAt) {
                continue; // Quarry sets the version ("version" = "version" + 1) on every update; @CreatedAt only on insert
            }
            if (!same(before[p], now[p])) {
                if (info.key[p]) {
                    throw new IllegalStateException("the primary key of " + entity + " (" + info.name() + "."
                            + info.schema.columns().get(info.bound[p]).name() + ") changed from " + before[p]
                            + " to " + now[p] + ": a session cannot change keys; delete the object and add a new one");
                }
                changed[count++] = p;
            }
        }
        return count == 0 ? NONE : Arrays.copyOf(changed, count);
    }

    static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }
}
