package dev.quarry.query;

/**
 * A relationship of the metamodel, such as {@code POST.author} or {@code USER.posts}: a typed
 * path from one entity table to another, used in load options
 * ({@code .load(selectIn(USER.posts).then(POST.tags))}) and in joins
 * ({@code select(POST).join(POST.author)}).
 *
 * @param <S> the entity that declares the relationship
 * @param <T> the related entity
 */
public interface Relation<S, T> {
    /** The four kinds of relationship. */
    enum Kind {
        /** Many rows of this table reference one row of the target ({@code @ManyToOne}). */
        MANY_TO_ONE(false),
        /** One row on each side ({@code @OneToOne}, either side). */
        ONE_TO_ONE(false),
        /** Many rows of the target reference this row ({@code @OneToMany}). */
        ONE_TO_MANY(true),
        /** Rows linked through a join table ({@code @ManyToMany}, either side). */
        MANY_TO_MANY(true);

        private final boolean toMany;

        Kind(boolean toMany) {
            this.toMany = toMany;
        }

        /**
         * Whether the relationship holds a collection.
         *
         * @return {@code true} for one-to-many and many-to-many
         */
        public boolean isToMany() {
            return toMany;
        }
    }

    /**
     * The property name on the declaring entity ({@code posts}).
     *
     * @return the property name
     */
    String name();

    /**
     * The kind of relationship.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * The declaring entity's table (aliased when reached through an aliased table).
     *
     * @return the declaring table
     */
    EntityTable<S, ?> source();

    /**
     * The related entity's table.
     *
     * @return the target table
     */
    EntityTable<T, ?> target();
}
