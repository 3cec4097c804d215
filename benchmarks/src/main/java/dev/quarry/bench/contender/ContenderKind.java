package dev.quarry.bench.contender;

import dev.quarry.bench.quarry.QuarryContender;
import dev.quarry.bench.quarry.QuarryRepositoryContender;
import java.util.Arrays;
import java.util.function.Supplier;

/** The contenders, in the order the report shows them; the names are the JMH parameter values. */
public enum ContenderKind {
    /** Hand-written JDBC: the floor. */
    JDBC("jdbc", "JDBC (hand-written)", JdbcContender::new),
    /** Quarry's DSL. */
    QUARRY("quarry", "Quarry", QuarryContender::new),
    /** Quarry's generated repositories. */
    QUARRY_REPOSITORY("quarry-repository", "Quarry repository", QuarryRepositoryContender::new),
    /** JDBI 3, fluent API. */
    JDBI("jdbi", "JDBI 3", JdbiContender::new),
    /** jOOQ 3.19, DSL. */
    JOOQ("jooq", "jOOQ 3.19", JooqContender::new),
    /** Hibernate ORM 7, JPA. */
    HIBERNATE("hibernate", "Hibernate 7", HibernateContender::new);

    private final String id;
    private final String label;
    private final Supplier<Contender> factory;

    ContenderKind(String id, String label, Supplier<Contender> factory) {
        this.id = id;
        this.label = label;
        this.factory = factory;
    }

    /** The JMH parameter value. */
    public String id() {
        return id;
    }

    /** The column title in the report. */
    public String label() {
        return label;
    }

    /** Creates the contender, with its own pool. */
    public Contender create() {
        return factory.get();
    }

    /** The contender with the given JMH parameter value. */
    public static ContenderKind of(String id) {
        for (ContenderKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown contender '" + id + "'; use one of "
                + String.join(", ", Arrays.stream(values()).map(ContenderKind::id).toList()));
    }
}
