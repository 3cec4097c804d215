package com.example.queries;

import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;

import dev.quarry.Database;

class ConditionOnAnotherTable {
    void query(Database db) {
        db.select(USER).where(POST.title.eq("x"));        // a condition on posts in a query on users
    }
}
