package com.example.queries;

import static com.example.blog.User_.USER;

import dev.quarry.Database;

class WrongSetValue {
    void update(Database db) {
        db.update(USER).set(USER.name, 42);               // 42 is not a String
    }
}
