package dev.quarry.it.repository;

import dev.quarry.annotation.Repository;
import dev.quarry.it.model.Post;
import dev.quarry.repository.CrudRepository;
import java.util.List;

/** A repository of a record entity with a generated key: the session's tests save changed copies. */
@Repository
public interface PostRepository extends CrudRepository<Post, Long> {
    List<Post> findByAuthorIdOrderByTitleAsc(long authorId);
}
