package dev.quarry.it.model.tree;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;

/**
 * A node of a category tree, for recursive queries: a record entity whose parent is another
 * category ({@code null} for a root).
 *
 * @param id       the generated key; {@code null} before insert
 * @param name     the name
 * @param parentId the parent category, {@code null} for a root
 */
@Entity
public record Category(@Id @GeneratedValue Long id, @Column(length = 50) String name, @Nullable Long parentId) {
    /** A new category under {@code parent} ({@code null} for a root). */
    public static Category of(String name, Category parent) {
        return new Category(null, name, parent == null ? null : parent.id());
    }
}
