package com.example.repositories;

// tag::imports[]
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.quarry.Database;
import jakarta.inject.Inject;
import java.util.Optional;
// end::imports[]

/** Generated repositories in a JSR-330 container (Guice). */
public final class Injection {
    private Injection() {
    }

    // tag::service[]
    public static final class Accounts {
        private final Database db;
        private final UserRepository users;

        @Inject
        Accounts(Database db, UserRepository users) {
            this.db = db;
            this.users = users;
        }

        public Optional<String> rename(String email, String bio) {
            return db.transaction(tx -> users.findByEmail(email).map(user -> {   // the repository joins tx
                user.setBio(bio);
                return users.save(user).bio();
            }));
        }
    }
    // end::service[]

    // tag::module[]
    public static Injector injector(Database db) {
        return Guice.createInjector(new AbstractModule() {
            @Override
            protected void configure() {
                bind(Database.class).toInstance(db);
                bind(UserRepository.class).to(UserRepository_Impl.class);
            }
        });
    }
    // end::module[]
}
