package com.example.relationships;

import dev.quarry.annotation.Cascade;
import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.OneToOne;
import dev.quarry.relation.Ref;

@Entity(table = "accounts")
public class Account {
    @Id @GeneratedValue Long id;
    @Column(length = 100) String login;
    @OneToOne(mappedBy = "account", cascade = Cascade.DELETE) Ref<Settings> settings;   // the inverse side

    Account() {                               // for the generated mapper
    }

    public Account(String login) {
        this.login = login;
    }

    public Long id() { return id; }
    public String login() { return login; }
    public Ref<Settings> settings() { return settings; }
}
