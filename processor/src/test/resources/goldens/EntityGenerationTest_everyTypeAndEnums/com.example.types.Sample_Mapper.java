package com.example.types;

import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RowReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Maps {@link Sample} to and from rows of {@code sample}; used through {@link Sample_}.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
final class Sample_Mapper implements EntityMapper<Sample, UUID> {
    static final Sample_Mapper INSTANCE = new Sample_Mapper();

    private Sample_Mapper() {
    }

    @Override
    public Class<Sample> entityClass() {
        return Sample.class;
    }

    @Override
    public Sample read(RowReader row, int first) throws SQLException {
        Sample entity = new Sample();
        entity.id = row.getUuid(first);
        entity.flag = row.getBoolean(first + 1);
        entity.maybeFlag = row.getBooleanOrNull(first + 2);
        entity.small = row.getShort(first + 3);
        entity.boxedSmall = row.getShort(first + 4);
        entity.count = row.getInt(first + 5);
        entity.maybeCount = row.getIntOrNull(first + 6);
        entity.big = row.getLong(first + 7);
        entity.maybeBig = row.getLongOrNull(first + 8);
        entity.ratio = row.getFloat(first + 9);
        entity.maybeRatio = row.getFloatOrNull(first + 10);
        entity.score = row.getDouble(first + 11);
        entity.boxedScore = row.getDouble(first + 12);
        entity.amount = row.getBigDecimal(first + 13);
        entity.label = row.getString(first + 14);
        entity.payload = row.getBytes(first + 15);
        entity.day = row.getLocalDate(first + 16);
        entity.time = row.getLocalTime(first + 17);
        entity.localStamp = row.getLocalDateTime(first + 18);
        entity.instant = row.getInstant(first + 19);
        entity.offsetStamp = row.getOffsetDateTime(first + 20);
        entity.priority = row.getEnum(first + 21, Priority::valueOf);
        entity.mood = row.getEnum(first + 22, Sample.Mood::valueOf);
        return entity;
    }

    @Override
    public long omittedDefaults(Sample entity) {
        return 0L;
    }

    @Override
    public int bindInsert(Sample entity, long omitted, ParameterBinder params, int first) throws
            SQLException {
        int index = first;
        params.setUuid(index++, entity.id);
        params.setBoolean(index++, entity.flag);
        params.setBooleanOrNull(index++, entity.maybeFlag);
        params.setShort(index++, entity.small);
        params.setShortOrNull(index++, entity.boxedSmall);
        params.setInt(index++, entity.count);
        params.setIntOrNull(index++, entity.maybeCount);
        params.setLong(index++, entity.big);
        params.setLongOrNull(index++, entity.maybeBig);
        params.setFloat(index++, entity.ratio);
        params.setFloatOrNull(index++, entity.maybeRatio);
        params.setDouble(index++, entity.score);
        params.setDoubleOrNull(index++, entity.boxedScore);
        params.setBigDecimal(index++, entity.amount);
        params.setString(index++, entity.label);
        params.setBytes(index++, entity.payload);
        params.setLocalDate(index++, entity.day);
        params.setLocalTime(index++, entity.time);
        params.setLocalDateTime(index++, entity.localStamp);
        params.setInstant(index++, entity.instant);
        params.setOffsetDateTime(index++, entity.offsetStamp);
        params.setEnum(index++, entity.priority);
        params.setEnum(index++, entity.mood);
        return index;
    }

    @Override
    public Sample withReturned(Sample entity, long omitted, RowReader row) throws SQLException {
        return entity;
    }

    @Override
    public UUID key(Sample entity) {
        return entity.id;
    }

    @Override
    public int bindKey(UUID key, ParameterBinder params, int first) throws SQLException {
        params.setUuid(first, key);
        return first + 1;
    }

    @Override
    public Sample withColumn(Sample entity, int column, Object value) {
        switch (column) {
            case 0 -> entity.id = (UUID) value;
            case 1 -> entity.flag = (boolean) (Boolean) Objects.requireNonNull(value,
                    "Sample.flag is a primitive boolean: it cannot be set to null");
            case 2 -> entity.maybeFlag = (Boolean) value;
            case 3 -> entity.small = (short) (Short) Objects.requireNonNull(value,
                    "Sample.small is a primitive short: it cannot be set to null");
            case 4 -> entity.boxedSmall = (Short) value;
            case 5 -> entity.count = (int) (Integer) Objects.requireNonNull(value,
                    "Sample.count is a primitive int: it cannot be set to null");
            case 6 -> entity.maybeCount = (Integer) value;
            case 7 -> entity.big = (long) (Long) Objects.requireNonNull(value,
                    "Sample.big is a primitive long: it cannot be set to null");
            case 8 -> entity.maybeBig = (Long) value;
            case 9 -> entity.ratio = (float) (Float) Objects.requireNonNull(value,
                    "Sample.ratio is a primitive float: it cannot be set to null");
            case 10 -> entity.maybeRatio = (Float) value;
            case 11 -> entity.score = (double) (Double) Objects.requireNonNull(value,
                    "Sample.score is a primitive double: it cannot be set to null");
            case 12 -> entity.boxedScore = (Double) value;
            case 13 -> entity.amount = (BigDecimal) value;
            case 14 -> entity.label = (String) value;
            case 15 -> entity.payload = (byte[]) value;
            case 16 -> entity.day = (LocalDate) value;
            case 17 -> entity.time = (LocalTime) value;
            case 18 -> entity.localStamp = (LocalDateTime) value;
            case 19 -> entity.instant = (Instant) value;
            case 20 -> entity.offsetStamp = (OffsetDateTime) value;
            case 21 -> entity.priority = (Priority) value;
            case 22 -> entity.mood = (Sample.Mood) value;
            default -> throw new IndexOutOfBoundsException("Sample has 23 columns, not " + column);
        }
        return entity;
    }

    @Override
    public Object[] snapshot(Sample entity) {
        return new Object[] {entity.id, entity.flag, entity.maybeFlag, entity.small, entity.boxedSmall, entity.count, entity.maybeCount, entity.big, entity.maybeBig, entity.ratio, entity.maybeRatio, entity.score, entity.boxedScore, entity.amount, entity.label, entity.payload, entity.day, entity.time, entity.localStamp, entity.instant, entity.offsetStamp, entity.priority, entity.mood};
    }

    @Override
    public long changedColumns(Sample entity, Object[] snapshot) {
        long changed = 0L;
        if (!Objects.equals(entity.id, snapshot[0])) {
            changed |= 1L;
        }
        if (entity.flag != (boolean) snapshot[1]) {
            changed |= 2L;
        }
        if (!Objects.equals(entity.maybeFlag, snapshot[2])) {
            changed |= 4L;
        }
        if (entity.small != (short) snapshot[3]) {
            changed |= 8L;
        }
        if (!Objects.equals(entity.boxedSmall, snapshot[4])) {
            changed |= 16L;
        }
        if (entity.count != (int) snapshot[5]) {
            changed |= 32L;
        }
        if (!Objects.equals(entity.maybeCount, snapshot[6])) {
            changed |= 64L;
        }
        if (entity.big != (long) snapshot[7]) {
            changed |= 128L;
        }
        if (!Objects.equals(entity.maybeBig, snapshot[8])) {
            changed |= 256L;
        }
        if (Float.compare(entity.ratio, (float) snapshot[9]) != 0) {
            changed |= 512L;
        }
        if (!Objects.equals(entity.maybeRatio, snapshot[10])) {
            changed |= 1024L;
        }
        if (Double.compare(entity.score, (double) snapshot[11]) != 0) {
            changed |= 2048L;
        }
        if (!Objects.equals(entity.boxedScore, snapshot[12])) {
            changed |= 4096L;
        }
        if (EntityMapper.decimalChanged(entity.amount, snapshot[13])) {
            changed |= 8192L;
        }
        if (!Objects.equals(entity.label, snapshot[14])) {
            changed |= 16384L;
        }
        if (!Arrays.equals(entity.payload, (byte[]) snapshot[15])) {
            changed |= 32768L;
        }
        if (!Objects.equals(entity.day, snapshot[16])) {
            changed |= 65536L;
        }
        if (!Objects.equals(entity.time, snapshot[17])) {
            changed |= 131072L;
        }
        if (!Objects.equals(entity.localStamp, snapshot[18])) {
            changed |= 262144L;
        }
        if (!Objects.equals(entity.instant, snapshot[19])) {
            changed |= 524288L;
        }
        if (!Objects.equals(entity.offsetStamp, snapshot[20])) {
            changed |= 1048576L;
        }
        if (!Objects.equals(entity.priority, snapshot[21])) {
            changed |= 2097152L;
        }
        if (!Objects.equals(entity.mood, snapshot[22])) {
            changed |= 4194304L;
        }
        return changed;
    }
}
