package dev.quarry.internal.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The table recording applied migrations, one row each: {@code installed_rank}, {@code version},
 * {@code description}, {@code script}, {@code checksum} (SHA-256 hex of the up script),
 * {@code installed_by}, {@code installed_on}, {@code execution_time_ms}, {@code success}.
 */
final class HistoryTable {
    private static final String COLUMNS = "installed_rank, version, description, script, checksum, installed_by,"
            + " installed_on, execution_time_ms, success";

    private final String name;
    private final String quoted;
    private final MigrationDialect dialect;

    /**
     * @param name    the table's name
     * @param quoted  the name quoted for SQL
     * @param dialect the database's migration details
     */
    HistoryTable(String name, String quoted, MigrationDialect dialect) {
        this.name = name;
        this.quoted = quoted;
        this.dialect = dialect;
    }

    /** The table's name. */
    String name() {
        return name;
    }

    /** Creates the table unless it exists. */
    void create(Connection connection) throws SQLException {
        if (dialect.tableExists(connection, name)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + quoted + " (\n"
                    + "    installed_rank integer NOT NULL PRIMARY KEY,\n"
                    + "    version varchar(50) NOT NULL UNIQUE,\n"
                    + "    description varchar(1000) NOT NULL,\n"
                    + "    script varchar(1000) NOT NULL,\n"
                    + "    checksum varchar(64) NOT NULL,\n"
                    + "    installed_by varchar(100) NOT NULL,\n"
                    + "    installed_on " + dialect.timestampType() + " NOT NULL,\n"
                    + "    execution_time_ms integer NOT NULL,\n"
                    + "    success " + dialect.booleanType() + " NOT NULL\n"
                    + ")");
        }
    }

    /** The applied migrations, by version; none when the table does not exist. */
    List<HistoryRow> read(Connection connection) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        if (!dialect.tableExists(connection, name)) {
            return rows;
        }
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT " + COLUMNS + " FROM " + quoted
                        + " WHERE success ORDER BY installed_rank")) {
            while (result.next()) {
                String version = result.getString(2);
                rows.add(new HistoryRow(result.getInt(1), Version.parse(version), version, result.getString(3),
                        result.getString(4), result.getString(5), result.getString(6), dialect.getInstant(result, 7),
                        Duration.ofMillis(result.getLong(8))));
            }
        }
        rows.sort(Comparator.comparing(HistoryRow::version));
        return rows;
    }

    /** Records that {@code script} was applied, taking {@code took}. */
    void insert(Connection connection, Script script, Instant installedOn, Duration took) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + quoted + " (" + COLUMNS
                + ") SELECT COALESCE(MAX(installed_rank), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ? FROM " + quoted)) {
            statement.setString(1, script.version().text());
            statement.setString(2, script.name().description());
            statement.setString(3, script.name().fileName());
            statement.setString(4, script.checksum());
            statement.setString(5, dialect.user(connection));
            dialect.setInstant(statement, 6, installedOn);
            statement.setInt(7, (int) Math.min(Integer.MAX_VALUE, took.toMillis()));
            statement.setBoolean(8, true);
            statement.executeUpdate();
        }
    }

    /** Removes the record of an undone migration. */
    void delete(Connection connection, HistoryRow row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM " + quoted + " WHERE installed_rank = ?")) {
            statement.setInt(1, row.rank());
            statement.executeUpdate();
        }
    }
}
