package dev.quarry.it.graph;

import dev.quarry.annotation.LoadWith;
import dev.quarry.annotation.Repository;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.ReadRepository;
import dev.quarry.repository.Slice;
import java.util.List;

/** Finders over {@link Member} that always load a part of its graph, named with {@code @LoadWith}. */
@Repository
public interface MemberGraphRepository extends ReadRepository<Member, Long> {
    /** Members by name with their profile joined, their articles and the articles' labels selected in. */
    @LoadWith(selectIn = "articles.labels", joined = "profile")
    List<Member> findByNameStartingWithOrderByNameAsc(String prefix);

    /** One slice of members, newest name first, with their articles. */
    @LoadWith(selectIn = "articles")
    Slice<Member> findByNameStartingWithOrderByNameDesc(String prefix, PageRequest page);

    /** One page of members by name with their articles joined: the page counts members, not article rows. */
    @LoadWith(joined = "articles")
    Page<Member> findByNameStartingWithOrderByNameAsc(String prefix, PageRequest page);

    /** The first three members by name with their articles joined, in one statement. */
    @LoadWith(joined = "articles")
    List<Member> findTop3ByNameStartingWithOrderByNameAsc(String prefix);

    /** The member named {@code name}, with each article's labels and each label's articles (four levels). */
    @LoadWith(selectIn = "articles.labels.articles")
    Member getByName(String name);
}
