package com.example.repositories;

// tag::imports[]
import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;
import java.util.List;
// end::imports[]

// tag::repository[]
@Repository
public interface BookmarkRepository extends CrudRepository<Bookmark, Bookmark_.Key> {   // a composite key
    List<Bookmark> findByUserIdOrderByPositionAsc(long userId);
}
// end::repository[]
