package com.example.queries;

import static com.example.blog.User_.USER;

import dev.quarry.Database;

class LikeOnNumber {
    void query(Database db) {
        db.select(USER).where(USER.age.like("1%"));       // like() exists on text columns only
    }
}
