package dev.quarry.it.versioned;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.OneToMany;
import java.util.List;

/** The parent of versioned {@link Note}s: itself not versioned. */
@Entity(table = "folders")
public class Folder {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 50)
    public String name;

    @OneToMany(mappedBy = "folder")
    public List<Note> notes;

    /** For the generated mapper. */
    public Folder() {
    }

    /** A new folder with no notes. */
    public Folder(String name) {
        this.name = name;
    }
}
