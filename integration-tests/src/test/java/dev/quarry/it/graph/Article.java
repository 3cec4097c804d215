package dev.quarry.it.graph;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.ManyToMany;
import dev.quarry.annotation.ManyToOne;
import dev.quarry.annotation.ReferentialAction;
import dev.quarry.relation.Ref;
import java.time.Instant;
import java.util.List;

/**
 * A post of the relationship suite: a record entity with a many-to-one to its author and a
 * many-to-many to its labels through a generated join table.
 *
 * @param id        the generated key
 * @param authorId  the author's key
 * @param title     the title
 * @param createdAt when it was written
 * @param author    the author
 * @param labels    the labels, through {@code article_labels}
 */
@Entity(table = "articles")
public record Article(
        @Id @GeneratedValue Long id,
        @ForeignKey(value = Member.class, onDelete = ReferentialAction.CASCADE) long authorId,
        @Column(length = 200) String title,
        Instant createdAt,
        @ManyToOne(joinColumn = "authorId") Ref<Member> author,
        @ManyToMany(joinTable = "article_labels") List<Label> labels) {

    /** A new article with its author set; labels none. */
    public static Article by(Member author, String title, Instant createdAt) {
        return new Article(null, 0, title, createdAt, Ref.of(author), List.of());
    }
}
