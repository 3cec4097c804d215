package com.example.accounts;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import java.time.Instant;

@Entity(table = "accounts")
@Index(columns = {"tenant", "handle"}, unique = true)
@Index(columns = {"shard", "handle"}, unique = true)
@Index(columns = "name")
public class Account {
    @Id @GeneratedValue Long id;
    @Column(length = 100, unique = true) String email;
    @Column(length = 50) String tenant;
    @Column(length = 50) String handle;
    int shard;
    @Column(length = 100) String name;
    @Column(serverDefault = "CURRENT_TIMESTAMP") Instant createdAt;
}
