package com.example.repositories.mistakes;

import com.example.blog.Post;
import dev.quarry.annotation.LoadWith;
import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;
import java.util.List;

@Repository
public interface LoadWithTypo extends CrudRepository<Post, Long> {
    @LoadWith(selectIn = "tag")
    List<Post> findByLikesGreaterThan(int likes);
}
