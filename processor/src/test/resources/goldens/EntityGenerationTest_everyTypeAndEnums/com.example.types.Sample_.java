package com.example.types;

import dev.quarry.query.Column;
import dev.quarry.query.StringColumn;
import dev.quarry.spi.AbstractEntityTable;
import dev.quarry.spi.CheckSchema;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Metamodel of {@link Sample}: the {@code sample} table and its typed columns.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class Sample_ extends AbstractEntityTable<Sample, UUID> {
    /**
     * The schema of {@code sample}, as declared on {@link Sample}.
     */
    public static final TableSchema SCHEMA = new TableSchema("sample",
            List.of(
                new ColumnSchema("id", "id", ValueType.UUID, 0, 0, 0, false, false, null),
                new ColumnSchema("flag", "flag", ValueType.BOOLEAN, 0, 0, 0, false, false, null),
                new ColumnSchema("maybe_flag", "maybeFlag", ValueType.BOOLEAN, 0, 0, 0, true, false, null),
                new ColumnSchema("small", "small", ValueType.SHORT, 0, 0, 0, false, false, null),
                new ColumnSchema("boxed_small", "boxedSmall", ValueType.SHORT, 0, 0, 0, false, false, null),
                new ColumnSchema("count", "count", ValueType.INT, 0, 0, 0, false, false, null),
                new ColumnSchema("maybe_count", "maybeCount", ValueType.INT, 0, 0, 0, true, false, null),
                new ColumnSchema("big", "big", ValueType.LONG, 0, 0, 0, false, false, null),
                new ColumnSchema("maybe_big", "maybeBig", ValueType.LONG, 0, 0, 0, true, false, null),
                new ColumnSchema("ratio", "ratio", ValueType.FLOAT, 0, 0, 0, false, false, null),
                new ColumnSchema("maybe_ratio", "maybeRatio", ValueType.FLOAT, 0, 0, 0, true, false, null),
                new ColumnSchema("score", "score", ValueType.DOUBLE, 0, 0, 0, false, false, null),
                new ColumnSchema("boxed_score", "boxedScore", ValueType.DOUBLE, 0, 0, 0, false, false, null),
                new ColumnSchema("amount", "amount", ValueType.DECIMAL, 0, 12, 0, false, false, null),
                new ColumnSchema("label_text", "label", ValueType.STRING, 0, 0, 0, false, false, null),
                new ColumnSchema("payload", "payload", ValueType.BYTES, 0, 0, 0, false, false, null),
                new ColumnSchema("day", "day", ValueType.LOCAL_DATE, 0, 0, 0, false, false, null),
                new ColumnSchema("time", "time", ValueType.LOCAL_TIME, 0, 0, 0, false, false, null),
                new ColumnSchema("local_stamp", "localStamp", ValueType.LOCAL_DATE_TIME, 0, 0, 0, false, false, null),
                new ColumnSchema("instant", "instant", ValueType.INSTANT, 0, 0, 0, false, false, null),
                new ColumnSchema("offset_stamp", "offsetStamp", ValueType.OFFSET_DATE_TIME, 0, 0, 0, false, false, null),
                new ColumnSchema("priority", "priority", ValueType.ENUM, 0, 0, 0, false, false, null),
                new ColumnSchema("mood", "mood", ValueType.ENUM, 0, 0, 0, true, false, null)),
            List.of("id"),
            List.of(),
            List.of(),
            null,
            null,
            null,
            List.of(
                new CheckSchema("sample_priority_check", "\"priority\" IN ('LOW', 'HIGH')"),
                new CheckSchema("sample_mood_check", "\"mood\" IN ('CALM', 'GRUMPY')")));

    /**
     * The {@code sample} table.
     */
    public static final Sample_ SAMPLE = new Sample_(null);

    /**
     * Column {@code id}: {@link Sample#id}.
     */
    public final Column<Sample, UUID> id;

    /**
     * Column {@code flag}: {@link Sample#flag}.
     */
    public final Column<Sample, Boolean> flag;

    /**
     * Column {@code maybe_flag}: {@link Sample#maybeFlag}.
     */
    public final Column<Sample, Boolean> maybeFlag;

    /**
     * Column {@code small}: {@link Sample#small}.
     */
    public final Column<Sample, Short> small;

    /**
     * Column {@code boxed_small}: {@link Sample#boxedSmall}.
     */
    public final Column<Sample, Short> boxedSmall;

    /**
     * Column {@code count}: {@link Sample#count}.
     */
    public final Column<Sample, Integer> count;

    /**
     * Column {@code maybe_count}: {@link Sample#maybeCount}.
     */
    public final Column<Sample, Integer> maybeCount;

    /**
     * Column {@code big}: {@link Sample#big}.
     */
    public final Column<Sample, Long> big;

    /**
     * Column {@code maybe_big}: {@link Sample#maybeBig}.
     */
    public final Column<Sample, Long> maybeBig;

    /**
     * Column {@code ratio}: {@link Sample#ratio}.
     */
    public final Column<Sample, Float> ratio;

    /**
     * Column {@code maybe_ratio}: {@link Sample#maybeRatio}.
     */
    public final Column<Sample, Float> maybeRatio;

    /**
     * Column {@code score}: {@link Sample#score}.
     */
    public final Column<Sample, Double> score;

    /**
     * Column {@code boxed_score}: {@link Sample#boxedScore}.
     */
    public final Column<Sample, Double> boxedScore;

    /**
     * Column {@code amount}: {@link Sample#amount}.
     */
    public final Column<Sample, BigDecimal> amount;

    /**
     * Column {@code label_text}: {@link Sample#label}.
     */
    public final StringColumn<Sample> label;

    /**
     * Column {@code payload}: {@link Sample#payload}.
     */
    public final Column<Sample, byte[]> payload;

    /**
     * Column {@code day}: {@link Sample#day}.
     */
    public final Column<Sample, LocalDate> day;

    /**
     * Column {@code time}: {@link Sample#time}.
     */
    public final Column<Sample, LocalTime> time;

    /**
     * Column {@code local_stamp}: {@link Sample#localStamp}.
     */
    public final Column<Sample, LocalDateTime> localStamp;

    /**
     * Column {@code instant}: {@link Sample#instant}.
     */
    public final Column<Sample, Instant> instant;

    /**
     * Column {@code offset_stamp}: {@link Sample#offsetStamp}.
     */
    public final Column<Sample, OffsetDateTime> offsetStamp;

    /**
     * Column {@code priority}: {@link Sample#priority}.
     */
    public final Column<Sample, Priority> priority;

    /**
     * Column {@code mood}: {@link Sample#mood}.
     */
    public final Column<Sample, Sample.Mood> mood;

    private Sample_(String alias) {
        super(SCHEMA, Sample_Mapper.INSTANCE, alias);
        this.id = column(0, UUID.class);
        this.flag = column(1, Boolean.class);
        this.maybeFlag = column(2, Boolean.class);
        this.small = column(3, Short.class);
        this.boxedSmall = column(4, Short.class);
        this.count = column(5, Integer.class);
        this.maybeCount = column(6, Integer.class);
        this.big = column(7, Long.class);
        this.maybeBig = column(8, Long.class);
        this.ratio = column(9, Float.class);
        this.maybeRatio = column(10, Float.class);
        this.score = column(11, Double.class);
        this.boxedScore = column(12, Double.class);
        this.amount = column(13, BigDecimal.class);
        this.label = stringColumn(14);
        this.payload = column(15, byte[].class);
        this.day = column(16, LocalDate.class);
        this.time = column(17, LocalTime.class);
        this.localStamp = column(18, LocalDateTime.class);
        this.instant = column(19, Instant.class);
        this.offsetStamp = column(20, OffsetDateTime.class);
        this.priority = column(21, Priority.class);
        this.mood = column(22, Sample.Mood.class);
    }

    @Override
    public Sample_ as(String alias) {
        return new Sample_(requireAlias(alias));
    }
}
