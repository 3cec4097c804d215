package com.example.dialects;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import java.math.BigDecimal;

@Entity(table = "orders")
public record Order(
        @Id @GeneratedValue Long id,
        @Column(precision = 12, scale = 2) BigDecimal amount) {   // numeric(12, 2); NUMERIC on SQLite

    public Order(BigDecimal amount) {
        this(null, amount);
    }
}
