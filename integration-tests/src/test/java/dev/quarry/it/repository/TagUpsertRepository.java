package dev.quarry.it.repository;

import dev.quarry.annotation.Repository;
import dev.quarry.it.model.Tag;
import dev.quarry.repository.CrudRepository;

/** Upserts of {@link Tag} on its unique name, its only column besides the generated key. */
@Repository
public interface TagUpsertRepository extends CrudRepository<Tag, Integer> {
    /** Inserts {@code tag}, or returns the stored tag with its name. */
    Tag upsertByName(Tag tag);
}
