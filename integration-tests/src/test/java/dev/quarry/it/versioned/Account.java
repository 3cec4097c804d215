package dev.quarry.it.versioned;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Version;

/** A versioned class entity: optimistic locking on a primitive version. */
@Entity(table = "accounts")
public class Account {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 100)
    public String owner;

    public long balance;

    @Version
    public int version;

    public Account() {
    }

    public Account(String owner, long balance) {
        this.owner = owner;
        this.balance = balance;
    }
}
