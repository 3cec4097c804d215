package dev.quarry.bench.quarry;

import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;

/** The posts repository of the benchmark; the processor generates {@code PostRepository_Impl}. */
@Repository
public interface PostRepository extends CrudRepository<Post, Long> {
}
