package com.example.queries;

// tag::imports[]
import dev.quarry.annotation.Column;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
// end::imports[]

/** A tree of categories, for the recursive common tables of the query-language page. */
// tag::category[]
@Entity(table = "categories")
public record Category(
        @Id @GeneratedValue Long id,
        @Column(length = 100) String name,
        @Nullable @ForeignKey(Category.class) Long parentId) {     // NULL at the root
}
// end::category[]
