package dev.quarry.internal.query;

import dev.quarry.query.EntityTable;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Fills {@code @CreatedAt} and {@code @UpdatedAt} columns through the generated mapper's
 * {@code withColumn} (in place for a class, a new instance for a record): both on insert, the
 * second on update. Values are truncated to microseconds, which every dialect stores, so the
 * object equals what is read back.
 */
public final class Timestamps {
    private Timestamps() {
    }

    /** Whether the table has a {@code @CreatedAt} or an {@code @UpdatedAt} column. */
    public static boolean stamped(TableSchema schema) {
        return schema.createdAt() != null || schema.updatedAt() != null;
    }

    /** The entity with both timestamp columns set to the clock's now, for an insert. */
    public static <E> E onInsert(Clock clock, EntityTable<E, ?> table, E entity) {
        TableSchema schema = table.schema();
        if (!stamped(schema)) {
            return entity;
        }
        Instant now = clock.instant();
        E stamped = set(clock, now, table, entity, schema.createdAtIndex());
        return set(clock, now, table, stamped, schema.updatedAtIndex());
    }

    /** The entity with its {@code @UpdatedAt} column set to the clock's now, for an update. */
    public static <E> E onUpdate(Clock clock, EntityTable<E, ?> table, E entity) {
        int column = table.schema().updatedAtIndex();
        return column < 0 ? entity : set(clock, clock.instant(), table, entity, column);
    }

    private static <E> E set(Clock clock, Instant now, EntityTable<E, ?> table, E entity, int column) {
        if (column < 0) {
            return entity;
        }
        return table.mapper().withColumn(entity, column, value(table.schema().columns().get(column).type(), now, clock));
    }

    /** {@code now} in the column's type: an {@code Instant}, or a date-time in the clock's zone. */
    static Object value(ValueType type, Instant now, Clock clock) {
        Instant micros = now.truncatedTo(ChronoUnit.MICROS);
        return switch (type) {
            case INSTANT -> micros;
            case OFFSET_DATE_TIME -> OffsetDateTime.ofInstant(micros, clock.getZone());
            case LOCAL_DATE_TIME -> LocalDateTime.ofInstant(micros, clock.getZone());
            default -> throw new IllegalStateException("a timestamp column cannot be of type " + type);
        };
    }
}
