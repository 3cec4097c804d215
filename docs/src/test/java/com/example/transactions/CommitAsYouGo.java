package com.example.transactions;

// tag::imports[]
import static com.example.blog.User_.USER;

import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.DatabaseConnection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
// end::imports[]

/** Commit as you go with db.connect(), and the JDBC escape hatch. */
public final class CommitAsYouGo {
    private CommitAsYouGo() {
    }

    // tag::connect[]
    public static void signUp(Database db) {
        try (DatabaseConnection conn = db.connect()) {       // one pooled connection, in a transaction
            conn.insert(USER, new User("Kim", "kim@example.com", 29));
            conn.commit();                                   // Kim is stored
            conn.insert(USER, new User("Lee", "lee@example.com", 31));
            conn.rollback();                                 // Lee is not
            conn.insert(USER, new User("Max", "max@example.com", 40));
        }                                                    // closing rolls back: Max is not stored either
    }
    // end::connect[]

    // tag::jdbc[]
    public static long countInside(Database db) throws SQLException {
        return db.transaction(tx -> {
            tx.insert(USER, new User("Noa", "noa@example.com", 22));
            java.sql.Connection jdbc = tx.jdbcConnection();  // the transaction's own connection: do not commit or close it
            try (PreparedStatement count = jdbc.prepareStatement("select count(*) from users where name = 'Noa'");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);                      // 1: plain JDBC sees the uncommitted insert
            }
        });
    }
    // end::jdbc[]
}
