package com.example.relationships;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.OneToOne;
import dev.quarry.relation.Ref;

@Entity(table = "settings")
public record Settings(
        @Id @GeneratedValue Long id,
        @ForeignKey(Account.class) @Column(unique = true) long accountId,   // unique: one row per account
        @Column(length = 20) String theme,
        @OneToOne(joinColumn = "accountId") Ref<Account> account) {         // the owning side
}
