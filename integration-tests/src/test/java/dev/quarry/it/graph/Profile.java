package dev.quarry.it.graph;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.OneToOne;
import dev.quarry.relation.Ref;

/**
 * A member's profile: the owning side of a one-to-one, through a unique foreign key.
 *
 * @param id       the generated key
 * @param memberId the member's key, unique
 * @param bio      the text
 * @param member   the member
 */
@Entity(table = "profiles")
public record Profile(
        @Id @GeneratedValue Long id,
        @ForeignKey(Member.class) @Column(unique = true) long memberId,
        String bio,
        @OneToOne(joinColumn = "memberId") Ref<Member> member) {
}
