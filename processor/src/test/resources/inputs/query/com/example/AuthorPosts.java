package com.example;

/** An aggregate row: a snake_case column, an aliased count and an enum. */
public record AuthorPosts(long authorId, long posts, Status status) {
}
