package dev.quarry.it.versioned;

import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;

/** CRUD over versioned documents (a record). */
@Repository
public interface DocumentRepository extends CrudRepository<Document, Long> {
}
