package com.example.entities;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.ReferentialAction;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity(table = "invoices")
@Index(columns = "number", unique = true)
@Index(columns = {"customerId", "issuedOn"})
public record Invoice(
        @Id @GeneratedValue Long id,
        @Column(length = 20) String number,
        @ForeignKey(value = Customer.class, onDelete = ReferentialAction.CASCADE) long customerId,
        @Column(precision = 12, scale = 2) BigDecimal total,
        LocalDate issuedOn,
        @Nullable LocalDate paidOn,
        @Column(serverDefault = "0") Integer reminders) {

    /** A new invoice: the database assigns the key, and reminders starts at its default. */
    public Invoice(String number, long customerId, BigDecimal total, LocalDate issuedOn) {
        this(null, number, customerId, total, issuedOn, null, null);
    }
}
