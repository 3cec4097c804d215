package com.example.dialects;

import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import java.math.BigDecimal;

@Entity(table = "measurements")
public record Measurement(@Id @GeneratedValue Long id, BigDecimal value) {   // numeric; NUMERIC on SQLite
}
