package com.example.queries;

import static com.example.blog.User_.USER;

import dev.quarry.Database;

class WrongValueType {
    void query(Database db) {
        db.select(USER).where(USER.age.gt("x"));          // a String is not an Integer
    }
}
