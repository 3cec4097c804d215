package com.example.blog.data;

import com.example.blog.User;
import dev.quarry.annotation.LoadWith;
import dev.quarry.annotation.Repository;
import dev.quarry.query.Load;
import dev.quarry.repository.CrudRepository;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.Slice;
import java.util.List;
import java.util.Optional;

@Repository
public interface UserRepository extends CrudRepository<User, Long> {
    @LoadWith(selectIn = "posts.tags")
    List<User> findByNameStartingWith(String prefix);

    @LoadWith(joined = "profile", selectIn = {"posts", "posts.author"})
    Optional<User> findByName(String name);

    @LoadWith(selectIn = "posts.tags.posts")
    User getById(long id);

    @LoadWith(selectIn = "posts")
    Page<User> findByNameNot(String name, PageRequest page, Load<User, ?> load);

    @LoadWith(joined = "profile.user")
    Slice<User> findByIdGreaterThanOrderByIdAsc(long id, PageRequest page);

    @LoadWith(joined = {"profile", "posts"})
    List<User> findByNameOrderByIdDesc(String name);

    List<User> findByNameContaining(String part);
}
