package dev.quarry.it.graph;

import dev.quarry.annotation.Repository;
import dev.quarry.query.Load;
import dev.quarry.repository.CrudRepository;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.Slice;
import java.util.List;
import java.util.Optional;

/** Derived finders over {@link Member} that take load options: the relationships each call loads. */
@Repository
public interface MemberRepository extends CrudRepository<Member, Long> {
    /** Members whose name starts with {@code prefix}, by name, with what {@code load} names. */
    List<Member> findByNameStartingWithOrderByNameAsc(String prefix, Load<Member, ?> load);

    /** One page of those members: the count ignores {@code load}, the page's members are loaded. */
    Page<Member> findByNameStartingWithOrderByNameAsc(String prefix, PageRequest page, Load<Member, ?> load);

    /** One slice of those members, newest name first. */
    Slice<Member> findByNameStartingWithOrderByNameDesc(String prefix, PageRequest page, Load<Member, ?> load);

    /** The member named {@code name}, with what both options name. */
    Optional<Member> findByName(String name, Load<Member, ?> first, Load<Member, ?> second);
}
