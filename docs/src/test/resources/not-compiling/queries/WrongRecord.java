package com.example.queries;

import static com.example.blog.User_.USER;

import dev.quarry.Database;

class WrongRecord {
    record NameAge(String name, String age) {}

    void query(Database db) {
        db.select(USER).select(USER.name, USER.age).into(NameAge::new);   // age is an Integer
    }
}
