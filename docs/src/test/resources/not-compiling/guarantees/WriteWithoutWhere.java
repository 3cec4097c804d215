package com.example.guarantees;

import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;

import dev.quarry.Database;

class WriteWithoutWhere {
    void writeEveryRow(Database db) {
        db.update(USER).set(USER.bio, "hello").execute();     // no where(...) and no all()
        db.delete(POST).execute();                            // the same for delete
    }
}
