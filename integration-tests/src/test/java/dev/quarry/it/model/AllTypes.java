package dev.quarry.it.model;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One column of every supported type: each primitive, each boxed type NOT NULL and nullable,
 * and each reference type NOT NULL and nullable.
 */
@Entity(table = "all_types")
public class AllTypes {
    @Id
    public long id;

    public boolean primitiveBoolean;
    public Boolean requiredBoolean;
    @Nullable
    public Boolean optionalBoolean;

    public short primitiveShort;
    public Short requiredShort;
    @Nullable
    public Short optionalShort;

    public int primitiveInt;
    public Integer requiredInt;
    @Nullable
    public Integer optionalInt;

    public long primitiveLong;
    public Long requiredLong;
    @Nullable
    public Long optionalLong;

    public float primitiveFloat;
    public Float requiredFloat;
    @Nullable
    public Float optionalFloat;

    public double primitiveDouble;
    public Double requiredDouble;
    @Nullable
    public Double optionalDouble;

    @Column(precision = 12, scale = 4)
    public BigDecimal money;
    @Nullable
    @Column(precision = 12, scale = 4)
    public BigDecimal optionalMoney;
    @Nullable
    public BigDecimal anyDecimal;

    public String text;
    @Nullable
    public String optionalText;
    @Column(length = 40)
    public String shortText;

    public byte[] bytes;
    @Nullable
    public byte[] optionalBytes;

    public UUID uuid;
    @Nullable
    public UUID optionalUuid;

    public LocalDate localDate;
    @Nullable
    public LocalDate optionalLocalDate;

    public LocalTime localTime;
    @Nullable
    public LocalTime optionalLocalTime;

    public LocalDateTime localDateTime;
    @Nullable
    public LocalDateTime optionalLocalDateTime;

    public Instant instant;
    @Nullable
    public Instant optionalInstant;

    public OffsetDateTime offsetDateTime;
    @Nullable
    public OffsetDateTime optionalOffsetDateTime;

    public UserStatus status;
    @Nullable
    public UserStatus optionalStatus;

    /** For the generated mapper. */
    public AllTypes() {
    }
}
