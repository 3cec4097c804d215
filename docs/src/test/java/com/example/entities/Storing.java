package com.example.entities;

// tag::imports[]
import static com.example.entities.Customer_.CUSTOMER;
import static com.example.entities.InvoiceLine_.INVOICE_LINE;
import static com.example.entities.Invoice_.INVOICE;
import static com.example.entities.Setting_.SETTING;

import dev.quarry.Database;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
// end::imports[]

/** Inserting entities and reading them back. */
public final class Storing {
    private Storing() {
    }

    // tag::class-entity[]
    public static Customer newCustomer(Database db) {
        Customer ada = new Customer("Ada", "Lovelace", "ada@example.com", Tier.GOLD);
        Customer stored = db.insert(CUSTOMER, ada);  // INSERT ... RETURNING "id", "created_at"
        // a class entity is filled in place: stored == ada, with id and createdAt set
        return stored;
    }
    // end::class-entity[]

    // tag::record-entity[]
    public static Invoice newInvoice(Database db, Customer customer) {
        Invoice draft = new Invoice("2024-0001", customer.id(), new BigDecimal("120.50"), LocalDate.of(2024, 5, 1));
        return db.insert(INVOICE, draft);            // a record comes back as a new instance:
                                                     // id and reminders (the default 0) filled in
    }
    // end::record-entity[]

    // tag::composite-key[]
    public static Optional<InvoiceLine> secondLine(Database db, Invoice invoice) {
        db.insertAll(INVOICE_LINE, List.of(
                new InvoiceLine(invoice.id(), 1, "Analytical Engine manual", 1),
                new InvoiceLine(invoice.id(), 2, "Punched cards", 500)));
        return db.get(INVOICE_LINE, new InvoiceLine_.Key(invoice.id(), 2));  // the generated key record
    }
    // end::composite-key[]

    // tag::constructor-class[]
    public static Optional<Setting> setting(Database db) {
        db.insert(SETTING, new Setting("theme", "dark"));
        return db.get(SETTING, "theme");              // read through the constructor
    }
    // end::constructor-class[]
}
