package com.example.queries;

import static com.example.blog.User_.USER;
import static dev.quarry.query.Sql.sum;

import dev.quarry.Database;

class SumOfText {
    void query(Database db) {
        db.select(USER).select(sum(USER.name));           // sum() takes numbers only
    }
}
