package com.example.session;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Version;

@Entity(table = "accounts")
public class Account {
    @Id @GeneratedValue Long id;
    @Column(length = 100) String owner;
    long balance;
    @Version long version;                    // 0 on insert; Quarry increments it on every update

    Account() {                               // for the generated mapper
    }

    public Account(String owner, long balance) {
        this.owner = owner;
        this.balance = balance;
    }

    public Long id() { return id; }
    public long balance() { return balance; }
    public long version() { return version; }

    public void deposit(long amount) { balance += amount; }
}
