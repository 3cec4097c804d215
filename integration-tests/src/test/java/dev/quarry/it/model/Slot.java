package dev.quarry.it.model;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.ManyToOne;
import dev.quarry.relation.Ref;

/** A child of {@link Shelf} through a {@code NOT NULL} foreign key. */
@Entity(table = "slots")
public class Slot {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 50)
    public String label;

    @ForeignKey(Shelf.class)
    public long shelfId;

    @ManyToOne
    public Ref<Shelf> shelf;

    /** For the generated mapper. */
    public Slot() {
    }

    /** A new slot, its shelf set when it is persisted through a shelf's {@link Shelf#slots}. */
    public Slot(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return "Slot[id=" + id + ", label=" + label + "]";
    }
}
