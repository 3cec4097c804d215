/**
 * Test support for applications that use Quarry: {@link dev.quarry.testing.DatabaseExtension}, a
 * JUnit 5 extension that gives each test class a real, fresh database (a PostgreSQL schema, a
 * SQLite file or a MariaDB database) with its tables created, empties them before each test, fails a test that leaks a
 * pooled connection, counts the statements sent to the JDBC driver
 * ({@link dev.quarry.testing.jdbc.JdbcStatements#count()}) and can turn on Quarry's N+1 detector.
 *
 * <pre>{@code
 * class UserRepositoryTest {
 *     @RegisterExtension
 *     static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);
 *
 *     @Test
 *     void findsAUserByEmail(Database db) {
 *         db.insert(USER, new User("Ann", "ann@example.com"));
 *         try (StatementCount count = JdbcStatements.count()) {
 *             assertTrue(new UserRepository_Impl(db).findByEmail("ann@example.com").isPresent());
 *             assertEquals(1, count.total(), count::toString);
 *         }
 *     }
 * }
 * }</pre>
 *
 * <h2>Dependencies</h2>
 *
 * <p>Add {@code dev.quarry:quarry-test} in {@code test} scope, beside {@code quarry-runtime}. It
 * brings:
 * <ul>
 *   <li>{@code junit-jupiter-api} (add {@code org.junit.jupiter:junit-jupiter}, or the engine, to
 *       run the tests, with Surefire or Failsafe 3.x);</li>
 *   <li>{@code quarry-test-postgres}: the PostgreSQL driver, Testcontainers and the embedded
 *       PostgreSQL that {@link dev.quarry.testing.postgres.PostgresServer} uses to find a server,
 *       and the counting driver of {@link dev.quarry.testing.jdbc};</li>
 *   <li>{@code slf4j-api}: add a binding (for example {@code org.slf4j:slf4j-simple}) to see the
 *       logs.</li>
 * </ul>
 *
 * <p>For {@link dev.quarry.testing.DatabaseExtension#sqlite()} add the SQLite driver,
 * {@code org.xerial:sqlite-jdbc}, in test scope: it is optional here, as in the runtime; likewise
 * the MariaDB driver, {@code org.mariadb.jdbc:mariadb-java-client}, for
 * {@link dev.quarry.testing.DatabaseExtension#mariadb()}, whose server is
 * {@link dev.quarry.testing.MariadbServer#get()}.
 *
 * <h2>PostgreSQL</h2>
 *
 * <p>The server comes from the JDBC URL in the environment variable
 * {@code QUARRY_TEST_POSTGRES_URL} (for example
 * {@code jdbc:postgresql://localhost:5432/test?user=postgres&password=secret}), else from
 * Testcontainers when Docker is available, else from an embedded PostgreSQL downloaded from Maven
 * Central; if none works the test class fails, saying how to provide a server. Tests are never
 * skipped silently.
 */
package dev.quarry.testing;
