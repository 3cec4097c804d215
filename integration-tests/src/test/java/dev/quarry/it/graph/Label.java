package dev.quarry.it.graph;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.ManyToMany;
import java.util.Set;

/** A tag of the relationship suite: the inverse side of {@link Article#labels}, as a set. */
@Entity(table = "labels")
public class Label {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 50, unique = true)
    public String name;

    @ManyToMany(mappedBy = "labels")
    public Set<Article> articles;

    /** For the generated mapper. */
    public Label() {
    }

    /** A new label. */
    public Label(String name) {
        this.name = name;
    }
}
