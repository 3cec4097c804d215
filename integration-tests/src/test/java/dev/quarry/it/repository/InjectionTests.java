package dev.quarry.it.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.quarry.Database;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.testing.DatabaseExtension;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated repositories in a real JSR-330 container: with {@code jakarta.inject} on the
 * class path, {@code UserRepository_Impl} is {@code @Singleton} with an {@code @Inject}
 * constructor taking the {@link Database}, so Guice builds it and hands it to a service.
 */
abstract class InjectionTests {
    private final DatabaseExtension database;
    private Injector injector;

    protected InjectionTests(DatabaseExtension database) {
        this.database = database;
    }

    /** A service layer class that receives its repositories by injection. */
    static final class Registration {
        private final Database db;
        private final UserRepository users;
        private final UserQueries queries;

        @Inject
        Registration(Database db, UserRepository users, UserQueries queries) {
            this.db = db;
            this.users = users;
            this.queries = queries;
        }

        /** Registers a user, in one transaction. */
        User register(String name, int age) {
            return db.transaction(tx -> users.save(new User(name, name.toLowerCase() + "@example.com", age,
                    UserStatus.ACTIVE)));
        }

        List<User> olderThan(int age) {
            return queries.olderThan(age);
        }

        Optional<User> byEmail(String email) {
            return users.findByEmail(email);
        }
    }

    @BeforeEach
    void createInjector() {
        Database db = database.db();
        injector = Guice.createInjector(new AbstractModule() {
            @Override
            protected void configure() {
                bind(Database.class).toInstance(db);
                bind(UserRepository.class).to(UserRepository_Impl.class);
                bind(UserQueries.class).to(UserQueries_Impl.class);
            }
        });
    }

    @Test
    void generatedImplementationIsAnInjectableSingleton() {
        assertTrue(UserRepository_Impl.class.isAnnotationPresent(jakarta.inject.Singleton.class));
        UserRepository first = injector.getInstance(UserRepository.class);
        assertSame(first, injector.getInstance(UserRepository.class));
        assertSame(database.db(), first.database());
        assertSame(first, injector.getInstance(UserRepository_Impl.class));
    }

    @Test
    void serviceReceivesRepositoriesAndQueriesTheDatabase() {
        Registration registration = injector.getInstance(Registration.class);
        User ann = registration.register("Ann", 31);
        registration.register("Bob", 22);
        assertNotNull(ann.id);
        assertEquals(Optional.of(ann.id), registration.byEmail("ann@example.com").map(user -> user.id));
        assertEquals(List.of("Ann"), registration.olderThan(30).stream().map(user -> user.name).toList());
    }
}
