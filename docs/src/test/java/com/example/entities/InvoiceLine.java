package com.example.entities;

import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.ReferentialAction;

@Entity                                                         // table invoice_line
public record InvoiceLine(
        @Id @ForeignKey(value = Invoice.class, onDelete = ReferentialAction.CASCADE) long invoiceId,
        @Id int lineNo,                                         // PRIMARY KEY (invoice_id, line_no)
        String product,
        int quantity) {
}
