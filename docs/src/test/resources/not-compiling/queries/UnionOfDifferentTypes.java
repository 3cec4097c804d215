package com.example.queries;

import static com.example.blog.User_.USER;

import dev.quarry.Database;

class UnionOfDifferentTypes {
    void query(Database db) {
        db.select(USER).select(USER.name)
                .union(db.select(USER).select(USER.age));       // names and ages are not one type
    }
}
