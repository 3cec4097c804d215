package com.example.blog;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.OneToOne;
import dev.quarry.relation.Ref;

@Entity(table = "profiles")
public record Profile(
        @Id @GeneratedValue long id,
        @ForeignKey(User.class) @Column(unique = true) long userId,
        String bio,
        @OneToOne(joinColumn = "userId") Ref<User> user) {
}
