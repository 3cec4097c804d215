package dev.quarry.it.model;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.OneToMany;
import java.util.List;

/**
 * A parent whose one-to-many has no cascades: a slot removed from {@link #slots} cannot be
 * deleted or set to {@code NULL} for it, so the session refuses it at flush.
 */
@Entity(table = "shelves")
public class Shelf {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 50)
    public String name;

    @OneToMany(mappedBy = "shelf")
    public List<Slot> slots;

    /** For the generated mapper. */
    public Shelf() {
    }

    /** A new shelf with no slots. */
    public Shelf(String name) {
        this.name = name;
    }
}
