package dev.quarry.it.graph;

import dev.quarry.annotation.LoadWith;
import dev.quarry.annotation.Repository;
import dev.quarry.query.Load;
import dev.quarry.repository.CrudRepository;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import java.util.List;
import java.util.Optional;

/** Derived finders over {@link Article} whose relationships are named once, with {@code @LoadWith}. */
@Repository
public interface ArticleRepository extends CrudRepository<Article, Long> {
    /** Articles whose title starts with {@code prefix}, by title: the author joined, the labels selected in. */
    @LoadWith(joined = "author", selectIn = "labels")
    List<Article> findByTitleStartingWithOrderByTitleAsc(String prefix);

    /** The article titled {@code title} with its author and the author's profile, in one statement. */
    @LoadWith(joined = "author.profile")
    Optional<Article> findByTitle(String title);

    /** One page of an author's articles, oldest first, with their labels and every article of those labels. */
    @LoadWith(selectIn = "labels.articles")
    Page<Article> findByAuthorIdOrderByCreatedAtAsc(long authorId, PageRequest page);

    /** An author's articles by title with the author joined, and what {@code load} adds. */
    @LoadWith(joined = "author")
    List<Article> findByAuthorIdOrderByTitleAsc(long authorId, Load<Article, ?> load);

    /** The same articles with nothing loaded. */
    List<Article> findByAuthorIdOrderByTitleDesc(long authorId);
}
