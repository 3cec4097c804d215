package dev.quarry.it.repository;

import dev.quarry.annotation.Repository;
import dev.quarry.it.model.Tag;
import dev.quarry.repository.CrudRepository;
import java.util.Optional;

/** A primitive {@code int} generated key: 0 means "not yet inserted". */
@Repository
public interface TagRepository extends CrudRepository<Tag, Integer> {
    Optional<Tag> findByName(String name);
}
