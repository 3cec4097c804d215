package com.example.blog;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.OneToOne;
import dev.quarry.relation.Ref;

@Entity
public record Profile(
        @Id long id,
        @Nullable @Column(unique = true) @ForeignKey(User.class) Long userId,
        @OneToOne(joinColumn = "userId") Ref<User> user,
        String bio) {
}
