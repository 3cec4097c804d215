package com.example.queries;

import static com.example.blog.User_.USER;

import dev.quarry.Database;

class NoWaitWithoutLock {
    void query(Database db) {
        db.select(USER).noWait();                         // NOWAIT needs a lock first: forUpdate().noWait()
    }
}
