package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.exception.QuarryException;
import dev.quarry.testing.DatabaseExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link MigratorTests} on SQLite, and its migrations with foreign keys off. */
class MigratorSqliteIT extends MigratorTests {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite();

    MigratorSqliteIT() {
        super(DB);
    }

    @Test
    void aReferencedTableCanBeRebuiltAndForeignKeysAreOnAgainAfterwards() {
        script("V1__create_authors.sql", V1);
        script("V2__create_books.sql", V2);
        // the rebuild recipe: with foreign keys on, dropping the referenced table would fail
        script("V3__rebuild_authors.sql", """
                CREATE TABLE authors_new (id integer PRIMARY KEY, name varchar(100) NOT NULL, born integer NOT NULL DEFAULT 1900);
                INSERT INTO authors_new (id, name) SELECT id, name FROM authors;
                DROP TABLE authors;
                ALTER TABLE authors_new RENAME TO authors;
                """);
        assertEquals(List.of("1", "2", "3"), versions(migrations().upgrade()));
        assertEquals(List.of("Ann; the first|1900"), DB.strings("SELECT name || '|' || born FROM authors"));
        assertEquals(List.of("authors"), DB.strings("SELECT \"table\" FROM pragma_foreign_key_list('books')"));

        assertEquals(1, db().text("PRAGMA foreign_keys").as(Integer.class).one(), "the pool's connection has them on");
        assertThrows(QuarryException.class,
                () -> db().text("INSERT INTO books (id, author_id, title) VALUES (2, 99, 'orphan')").execute());
        assertEquals(1, DB.number("SELECT count(*) FROM books"));
    }
}
