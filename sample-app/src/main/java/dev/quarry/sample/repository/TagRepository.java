package dev.quarry.sample.repository;

import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;
import dev.quarry.sample.domain.Tag;
import java.util.Optional;

/** Data access for tags; Quarry generates {@code TagRepository_Impl}. */
@Repository
public interface TagRepository extends CrudRepository<Tag, Long> {
    /** The tag with this name. */
    Optional<Tag> findByName(String name);
}
