package com.example.blog;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.OneToMany;
import dev.quarry.annotation.OneToOne;
import dev.quarry.relation.Ref;
import java.util.List;

@Entity(table = "users")
public class User {
    @Id @GeneratedValue Long id;
    @Column(length = 100) String name;
    @OneToMany(mappedBy = "author") List<Post> posts;
    @OneToOne(mappedBy = "user") Ref<Profile> profile;
}
