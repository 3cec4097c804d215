package dev.quarry.it.versioned;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.ManyToOne;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.Version;
import dev.quarry.relation.Ref;

/**
 * A versioned child with a nullable foreign key: moving it between folders and orphaning it are
 * versioned updates.
 */
@Entity(table = "notes")
public class Note {
    @Id
    @GeneratedValue
    public Long id;

    @Column(length = 100)
    public String text;

    @Nullable
    @ForeignKey(Folder.class)
    public Long folderId;

    @ManyToOne
    public Ref<Folder> folder;

    @Version
    public int version;

    /** For the generated mapper. */
    public Note() {
    }

    /** A new note, its folder set when it is persisted through a folder's {@link Folder#notes}. */
    public Note(String text) {
        this.text = text;
    }
}
