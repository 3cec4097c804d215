package com.example.events;

import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RowReader;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Maps {@link Event} to and from rows of {@code events}; used through {@link Event_}.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
final class Event_Mapper implements EntityMapper<Event, Long> {
    static final Event_Mapper INSTANCE = new Event_Mapper();

    private Event_Mapper() {
    }

    @Override
    public Class<Event> entityClass() {
        return Event.class;
    }

    @Override
    public Event read(RowReader row, int first) throws SQLException {
        return new Event(
                row.getLong(first),
                row.getString(first + 1),
                row.getInstant(first + 2),
                row.getInt(first + 3),
                row.getString(first + 4));
    }

    @Override
    public long omittedDefaults(Event entity) {
        long omitted = 0L;
        if (entity.createdAt() == null) {
            omitted |= 1L;
        }
        if (entity.attempts() == null) {
            omitted |= 2L;
        }
        if (entity.note() == null) {
            omitted |= 4L;
        }
        return omitted;
    }

    @Override
    public int bindInsert(Event entity, long omitted, ParameterBinder params, int first) throws
            SQLException {
        int index = first;
        params.setString(index++, entity.name());
        if ((omitted & 1L) == 0L) {
            params.setInstant(index++, entity.createdAt());
        }
        if ((omitted & 2L) == 0L) {
            params.setIntOrNull(index++, entity.attempts());
        }
        if ((omitted & 4L) == 0L) {
            params.setString(index++, entity.note());
        }
        return index;
    }

    @Override
    public Event withReturned(Event entity, long omitted, RowReader row) throws SQLException {
        int index = 1;
        long id = row.getLong(index++);
        Instant createdAt = entity.createdAt();
        if ((omitted & 1L) != 0L) {
            createdAt = row.getInstant(index++);
        }
        Integer attempts = entity.attempts();
        if ((omitted & 2L) != 0L) {
            attempts = row.getInt(index++);
        }
        String note = entity.note();
        if ((omitted & 4L) != 0L) {
            note = row.getString(index++);
        }
        return new Event(
                id,
                entity.name(),
                createdAt,
                attempts,
                note);
    }

    @Override
    public Long key(Event entity) {
        return entity.id();
    }

    @Override
    public int bindKey(Long key, ParameterBinder params, int first) throws SQLException {
        params.setLongOrNull(first, key);
        return first + 1;
    }

    @Override
    public Event withColumn(Event entity, int column, Object value) {
        return switch (column) {
            case 0 -> new Event(
                    (long) (Long) Objects.requireNonNull(value, "Event.id is a primitive long: it cannot be set to null"),
                    entity.name(), entity.createdAt(), entity.attempts(), entity.note());
            case 1 -> new Event(entity.id(), (String) value, entity.createdAt(), entity.attempts(),
                    entity.note());
            case 2 -> new Event(entity.id(), entity.name(), (Instant) value, entity.attempts(),
                    entity.note());
            case 3 -> new Event(entity.id(), entity.name(), entity.createdAt(), (Integer) value,
                    entity.note());
            case 4 -> new Event(entity.id(), entity.name(), entity.createdAt(), entity.attempts(),
                    (String) value);
            default -> throw new IndexOutOfBoundsException("Event has 5 columns, not " + column);
        };
    }

    @Override
    public Object[] snapshot(Event entity) {
        return new Object[] {entity.name(), entity.createdAt(), entity.attempts(), entity.note()};
    }

    @Override
    public long changedColumns(Event entity, Object[] snapshot) {
        long changed = 0L;
        if (!Objects.equals(entity.name(), snapshot[0])) {
            changed |= 1L;
        }
        if (!Objects.equals(entity.createdAt(), snapshot[1])) {
            changed |= 2L;
        }
        if (!Objects.equals(entity.attempts(), snapshot[2])) {
            changed |= 4L;
        }
        if (!Objects.equals(entity.note(), snapshot[3])) {
            changed |= 8L;
        }
        return changed;
    }
}
