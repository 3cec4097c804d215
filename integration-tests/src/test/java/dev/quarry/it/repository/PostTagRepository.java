package dev.quarry.it.repository;

import dev.quarry.annotation.Repository;
import dev.quarry.it.model.PostTag;
import dev.quarry.it.model.PostTag_;
import dev.quarry.repository.CrudRepository;
import java.util.List;

/** A record with a composite key the application assigns: save updates, or inserts when there is no row. */
@Repository
public interface PostTagRepository extends CrudRepository<PostTag, PostTag_.Key> {
    List<PostTag> findByPostIdOrderByPositionAsc(long postId);
}
