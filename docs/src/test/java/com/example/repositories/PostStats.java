package com.example.repositories;

// tag::imports[]
import com.example.blog.Post;
import dev.quarry.annotation.Query;
import dev.quarry.annotation.Repository;
import dev.quarry.repository.ReadRepository;
import java.util.List;
import java.util.stream.Stream;
// end::imports[]

// tag::repository[]
@Repository
public interface PostStats extends ReadRepository<Post, Long> {
    record TitleLikes(String title, int likes) {}
    record AuthorPosts(long authorId, String authorName, long posts) {}

    @Query("select likes, title from posts where likes > :likes order by likes desc")
    List<TitleLikes> likedMoreThan(int likes);                         // matched by name, not position

    @Query("select p.author_id, u.name as author_name, count(*) as posts"
            + " from posts p join users u on u.id = p.author_id group by p.author_id, u.name order by u.name")
    Stream<AuthorPosts> postsPerAuthor();
}
// end::repository[]
