package com.example.guarantees;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.Id;

/** An account whose table carries a CHECK constraint that its own DDL declares (see {@link Errors}). */
@Entity(table = "accounts")
public record Account(@Id long id, @Column(length = 100) String owner, long balance) {
}
