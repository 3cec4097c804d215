package dev.quarry.it.model;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;

/**
 * An entity whose table and column names are SQL keywords, so that every statement must quote
 * its identifiers.
 *
 * @param select the key, in column {@code "select"}
 * @param from   column {@code "from"}
 * @param where  column {@code "where"}, nullable
 */
@Entity(table = "order")
public record Keyword(
        @Id @Column(name = "select") long select,
        @Column(name = "from", length = 20) String from,
        @Nullable @Column(name = "where") String where) {
}
