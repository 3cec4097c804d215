package dev.quarry.it.stamped;

import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;

/** CRUD over memos (a class). */
@Repository
public interface MemoRepository extends CrudRepository<Memo, Long> {
}
