package com.example.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRepositoryTest {
    @Test
    void savesAndFinds(@TempDir Path dir) {
        try (Database db = Database.connect("jdbc:sqlite:" + dir.resolve("blog.db"))) {
            db.schema(Tables.ALL).createAll();
            db.insert(User_.USER, new User("Ada", "ada@example.com", 36));

            List<User> older = FirstRepository.olderThan40(db);

            assertEquals(List.of("Grace"), older.stream().map(User::name).toList());
            assertEquals(List.of("Ada"), new UserRepository_Impl(db).findByNameContainingOrderByCreatedAtDesc("d")
                    .stream().map(User::name).toList());
        }
    }
}
