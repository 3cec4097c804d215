package com.example.events;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.Id;

/** A class built through its all-columns constructor, read through getters. */
@Entity
public final class Account {
    @Id private final String code;
    @Column(serverDefault = "100") private final Integer credit;

    public Account(String code, Integer credit) {
        this.code = code;
        this.credit = credit;
    }

    public String getCode() {
        return code;
    }

    public Integer getCredit() {
        return credit;
    }
}
