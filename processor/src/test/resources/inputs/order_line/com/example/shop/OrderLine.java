package com.example.shop;

import com.example.User;
import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.ReferentialAction;
import java.math.BigDecimal;

@Entity
public record OrderLine(
        @Id long orderId,
        @Id int lineNo,
        String product,
        @Nullable @Column(precision = 10, scale = 2) BigDecimal price,
        @ForeignKey(value = User.class, onDelete = ReferentialAction.CASCADE) long userId) {
}
