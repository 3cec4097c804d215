package com.example.repositories;

// tag::imports[]
import com.example.blog.Post;
import dev.quarry.annotation.LoadWith;
import dev.quarry.annotation.Repository;
import dev.quarry.query.Load;
import dev.quarry.repository.CrudRepository;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import java.util.List;
import java.util.Optional;
// end::imports[]

// tag::repository[]
@Repository
public interface PostRepository extends CrudRepository<Post, Long> {
    // Load options chosen by the caller, per call:
    List<Post> findByTitleStartingWithOrderByTitleAsc(String prefix, Load<Post, ?> load);
    Page<Post> findByLikesGreaterThanEqualOrderByTitleAsc(int likes, PageRequest page, Load<Post, ?> load);
    Optional<Post> findByTitle(String title, Load<Post, ?> first, Load<Post, ?> second);

    // Load options fixed on the method:
    @LoadWith(joined = "author", selectIn = "tags")
    List<Post> findByAuthorIdOrderByTitleAsc(long authorId);                 // 2 statements

    @LoadWith(selectIn = "tags.posts")
    Page<Post> findByLikesOrderByTitleAsc(int likes, PageRequest page);     // count, page, tags, their posts

    @LoadWith(joined = "author")
    List<Post> findByContentContainingOrderByTitleAsc(String text, Load<Post, ?> more);
}
// end::repository[]
