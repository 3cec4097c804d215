/**
 * Counts the statements that reach the JDBC driver, for tests (through {@code quarry-test}'s
 * {@code DatabaseExtension}) and benchmarks:
 * {@link dev.quarry.testing.jdbc.CountingDriver} wraps the PostgreSQL and SQLite drivers in
 * {@code DriverManager}, and {@link dev.quarry.testing.jdbc.JdbcStatements} reads the counts, per
 * thread in a scope ({@link dev.quarry.testing.jdbc.JdbcStatements#count()}) or in total.
 */
package dev.quarry.testing.jdbc;
