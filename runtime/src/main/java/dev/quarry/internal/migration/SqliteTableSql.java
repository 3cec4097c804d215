package dev.quarry.internal.migration;

import dev.quarry.internal.migration.SqliteSqlTokens.Kind;
import dev.quarry.internal.migration.SqliteSqlTokens.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a SQLite {@code CREATE TABLE} statement says that its pragmas do not: the names of its
 * constraints, its check expressions, and which columns are declared {@code PRIMARY KEY} in
 * their own definition (the rowid aliases the database assigns).
 *
 * @param inlineKeys   the columns declared {@code PRIMARY KEY} in their column definition, in a table with rowids
 * @param uniques      the unique constraints, column-level ones first
 * @param foreignKeys  the foreign keys (only their names and columns)
 * @param checks       the check constraints, in the order written
 */
record SqliteTableSql(Set<String> inlineKeys, List<Constraint> uniques, List<Constraint> foreignKeys,
        List<Check> checks) {

    /**
     * A constraint over columns.
     *
     * @param name its name, or {@code null} when the statement gives none
     * @param columns the columns it constrains, in order
     */
    record Constraint(String name, List<String> columns) {
    }

    /**
     * A check constraint.
     *
     * @param name its name, or {@code null} when the statement gives none
     * @param column the column whose definition holds it, or {@code null} for a table constraint
     * @param expression the expression as written between its parentheses
     */
    record Check(String name, String column, String expression) {
    }

    /** The statement's parts; a statement without a column list (say {@code CREATE TABLE .. AS SELECT}) has none. */
    static SqliteTableSql parse(String createTable) {
        SqliteTableSql parsed = new SqliteTableSql(new HashSet<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        List<Token> statement = createTable == null ? List.of() : SqliteSqlTokens.of(createTable);
        int at = 0;
        while (at < statement.size() && statement.get(at).kind() != Kind.GROUP) {
            at++;
        }
        if (at == statement.size()) {
            return parsed;
        }
        Token body = statement.get(at);
        // In a WITHOUT ROWID table an INTEGER PRIMARY KEY is an ordinary column.
        boolean rowid = statement.subList(at + 1, statement.size()).stream().noneMatch(t -> t.is("ROWID"));
        for (List<Token> definition : SqliteSqlTokens.splitAtCommas(SqliteSqlTokens.of(body.text()))) {
            if (definition.isEmpty()) {
                continue;
            }
            Token first = definition.get(0);
            if (first.is("CONSTRAINT") || first.is("PRIMARY") || first.is("UNIQUE") || first.is("CHECK")
                    || first.is("FOREIGN")) {
                parsed.tableConstraint(definition);
            } else {
                parsed.columnConstraints(first.text(), definition);
            }
        }
        if (!rowid) {
            parsed.inlineKeys().clear();
        }
        return parsed;
    }

    private void tableConstraint(List<Token> tokens) {
        String name = null;
        int i = 0;
        if (tokens.get(0).is("CONSTRAINT") && tokens.size() > 1) {
            name = tokens.get(1).text();
            i = 2;
        }
        Token group = firstGroup(tokens, i);
        if (i >= tokens.size() || group == null) {
            return;
        }
        Token kind = tokens.get(i);
        if (kind.is("UNIQUE")) {
            uniques.add(new Constraint(name, SqliteSqlTokens.names(group)));
        } else if (kind.is("FOREIGN")) {
            foreignKeys.add(new Constraint(name, SqliteSqlTokens.names(group)));
        } else if (kind.is("CHECK")) {
            checks.add(new Check(name, null, group.text().trim()));
        }
    }

    /** Reads the constraints of the definition of {@code column} (its tokens after the name). */
    private void columnConstraints(String column, List<Token> tokens) {
        String name = null;
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("CONSTRAINT") && i + 1 < tokens.size()) {
                name = tokens.get(++i).text();
            } else if (token.is("PRIMARY")) {
                inlineKeys.add(column);
                name = null;
            } else if (token.is("UNIQUE")) {
                uniques.add(new Constraint(name, List.of(column)));
                name = null;
            } else if (token.is("REFERENCES")) {
                foreignKeys.add(new Constraint(name, List.of(column)));
                name = null;
            } else if (token.is("CHECK") && i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.GROUP) {
                checks.add(new Check(name, column, tokens.get(++i).text().trim()));
                name = null;
            } else if (token.is("DEFAULT") || token.is("NOT") || token.is("NULL") || token.is("COLLATE")
                    || token.is("GENERATED") || token.is("AS")) {
                name = null;
            }
        }
    }

    private static Token firstGroup(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.GROUP) {
                return tokens.get(i);
            }
        }
        return null;
    }
}
