package dev.quarry.it.graph;

import dev.quarry.annotation.Cascade;
import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.OneToMany;
import dev.quarry.annotation.OneToOne;
import dev.quarry.relation.Ref;
import java.util.List;

/**
 * A blog user of the relationship suite: a class entity with the inverse sides of a one-to-many
 * (its articles, deleted with it and when removed from the list) and of a one-to-one (its profile).
 */
@Entity(table = "members")
public class Member {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 100)
    public String name;

    @OneToMany(mappedBy = "author", cascade = {Cascade.DELETE, Cascade.DELETE_ORPHAN})
    public List<Article> articles;

    @OneToOne(mappedBy = "member")
    public Ref<Profile> profile;

    /** For the generated mapper. */
    public Member() {
    }

    /** A new member. */
    public Member(String name) {
        this.name = name;
    }
}
