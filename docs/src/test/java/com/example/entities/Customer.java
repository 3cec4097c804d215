package com.example.entities;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.Transient;
import java.time.Instant;

@Entity(table = "customers")
@Index(columns = {"lastName", "firstName"})                    // ix_customers_last_name_first_name
public class Customer {
    @Id @GeneratedValue Long id;                                // filled in by insert
    @Column(length = 50) String firstName;                      // first_name varchar(50) NOT NULL
    @Column(length = 50) String lastName;
    @Column(name = "email_address", length = 255, unique = true) String email;
    @Nullable String phone;                                     // text, NULL allowed
    @Column(index = true) Tier tier;                            // the constant's name: 'GOLD'
    boolean newsletter;                                         // a primitive is never NULL
    @Column(serverDefault = "CURRENT_TIMESTAMP") Instant createdAt;
    @Transient String displayName;                              // not a column

    Customer() {                                                // for the generated mapper
    }

    public Customer(String firstName, String lastName, String email, Tier tier) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.tier = tier;
    }

    public Long id() { return id; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String email() { return email; }
    public String phone() { return phone; }
    public Tier tier() { return tier; }
    public boolean newsletter() { return newsletter; }
    public Instant createdAt() { return createdAt; }

    public void setPhone(String phone) { this.phone = phone; }
}
