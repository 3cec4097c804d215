package dev.quarry.processor.sql;

import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.ColumnDescriptor;
import dev.quarry.processor.model.EntityDescriptor;
import dev.quarry.processor.util.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Parses the SQL of a {@code @Query} method and checks its tables and columns against the
 * annotated entities of the compilation; expands {@code *} of the repository's entity into its
 * columns in the entity's order, so the generated mapper reads them by index safely.
 */
public final class SqlChecker {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Set<String> RESERVED = Set.of("all", "and", "any", "array", "as", "asc", "between", "both",
            "by", "case", "cast", "check", "collate", "column", "constraint", "create", "cross", "current_date",
            "current_time", "current_timestamp", "current_user", "default", "delete", "desc", "distinct", "do",
            "drop", "else", "end", "except", "exists", "false", "fetch", "for", "foreign", "from", "full", "grant",
            "group", "having", "in", "index", "inner", "insert", "intersect", "into", "is", "join", "key",
            "lateral", "leading", "left", "like", "limit", "natural", "not", "null", "offset", "on", "only", "or",
            "order", "outer", "primary", "references", "returning", "right", "row", "select", "set", "some",
            "table", "then", "to", "trailing", "true", "union", "unique", "update", "user", "using", "values",
            "when", "where", "window", "with");

    /** A problem in the statement; its message is the error to report on the method. */
    public static final class SqlException extends Exception {
        private static final long serialVersionUID = 1L;

        SqlException(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, EntityDescriptor> tables;

    /** @param tables the entities of the compilation by lower-case table name */
    public SqlChecker(Map<String, EntityDescriptor> tables) {
        this.tables = tables;
    }

    /** Checks {@code sql} of {@code method}, a method of the repository of {@code entity}. */
    public CheckedSql check(String method, String sql, EntityDescriptor entity) throws SqlException {
        Statement statement;
        try {
            statement = CCJSqlParserUtil.parse(sql);
        } catch (JSQLParserException e) {
            String detail = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : String.valueOf(e.getMessage());
            String first = detail.lines().findFirst().orElse(detail).trim();
            // The parser prefixes its exception's class name; the user needs only what it found.
            String parserPrefix = "ParseException: ";
            int prefix = first.indexOf(parserPrefix);
            if (prefix >= 0) {
                first = first.substring(prefix + parserPrefix.length());
            }
            throw new SqlException(ErrorMessages.querySyntax(method, first));
        }
        References references = new References();
        statement.accept(references, null);
        Map<String, EntityDescriptor> sources = new LinkedHashMap<>();
        for (Table table : references.tables) {
            String name = unquote(table.getName());
            if (references.derived.contains(name)) {
                continue;
            }
            EntityDescriptor target = tables.get(name);
            if (target == null) {
                throw new SqlException(ErrorMessages.queryUnknownTable(method, name, closest(name, tables.keySet()),
                        new ArrayList<>(new TreeSet<>(tables.keySet()))));
            }
            sources.put(name, target);
            if (table.getAlias() != null) {
                sources.put(unquote(table.getAlias().getName()), target);
            }
        }
        List<Column> columns = new ArrayList<>(references.columns);
        if (statement instanceof Insert insert && insert.getColumns() != null) {
            columns.addAll(insert.getColumns());
            if (insert.getValues() != null && insert.getValues().getExpressions() != null
                    && insert.getValues().getExpressions().size() == insert.getColumns().size()) {
                for (int i = 0; i < insert.getColumns().size(); i++) {
                    references.pair(insert.getColumns().get(i), insert.getValues().getExpressions().get(i));
                }
            }
        }
        if (statement instanceof Update update) {
            for (UpdateSet set : update.getUpdateSets()) {
                if (set.getColumns().size() == set.getValues().size()) {
                    for (int i = 0; i < set.getColumns().size(); i++) {
                        references.pair(set.getColumn(i), set.getValue(i));
                    }
                }
            }
        }
        for (Column column : columns) {
            checkColumn(method, column, sources, references);
        }
        Map<String, ColumnDescriptor> compared = new LinkedHashMap<>();
        for (Map.Entry<Column, String> pair : references.compared) {
            resolve(pair.getKey(), sources).ifPresent(column -> compared.putIfAbsent(pair.getValue(), column));
        }
        List<CheckedSql.Item> items = items(statement, sources);
        CheckedSql checked = shape(statement, entity, sources, sql).withCompared(compared).withItems(items);
        return checked.withInLists(inLists(checked.bindings(), references.wholeLists));
    }

    /**
     * The placeholder names every use of which is the whole list of an {@code IN}: those used as
     * often in the statement's text as the parsed statement has them as such a list. A use the
     * parsed statement does not show (in {@code LIMIT}, say) counts as another use.
     */
    private static Set<String> inLists(List<String> bindings, Set<JdbcNamedParameter> wholeLists) {
        Map<String, Integer> lists = new HashMap<>();
        wholeLists.forEach(parameter -> lists.merge(parameter.getName(), 1, Integer::sum));
        Map<String, Integer> uses = new HashMap<>();
        bindings.forEach(name -> uses.merge(name, 1, Integer::sum));
        Set<String> names = new TreeSet<>();
        uses.forEach((name, count) -> {
            if (count.equals(lists.get(name))) {
                names.add(name);
            }
        });
        return names;
    }

    /** The select list of a {@code SELECT} (of its first member for a set operation), before {@code *} expansion. */
    private static List<CheckedSql.Item> items(Statement statement, Map<String, EntityDescriptor> sources) {
        Select first = statement instanceof SetOperationList set && !set.getSelects().isEmpty()
                ? set.getSelects().get(0) : statement instanceof Select select ? select : null;
        if (!(first instanceof PlainSelect plain)) {
            return List.of();
        }
        List<CheckedSql.Item> items = new ArrayList<>();
        for (SelectItem<?> item : plain.getSelectItems()) {
            Expression expression = item.getExpression();
            boolean star = expression instanceof AllColumns || expression instanceof AllTableColumns;
            ColumnDescriptor column = expression instanceof Column selected ? resolve(selected, sources).orElse(null)
                    : null;
            String name = item.getAlias() != null ? unquote(item.getAlias().getName())
                    : expression instanceof Column selected ? unquote(selected.getColumnName()) : null;
            items.add(new CheckedSql.Item(star ? null : name, item.toString(), column, star));
        }
        return items;
    }

    /** The entity column a column reference names, when it is unambiguous. */
    private static Optional<ColumnDescriptor> resolve(Column column, Map<String, EntityDescriptor> sources) {
        String name = unquote(column.getColumnName());
        if (column.getTable() != null && column.getTable().getName() != null) {
            EntityDescriptor owner = sources.get(unquote(column.getTable().getName()));
            return owner == null ? Optional.empty() : find(owner, name);
        }
        List<ColumnDescriptor> matches = sources.values().stream().distinct()
                .flatMap(owner -> find(owner, name).stream()).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private void checkColumn(String method, Column column, Map<String, EntityDescriptor> sources,
            References references) throws SqlException {
        String name = unquote(column.getColumnName());
        if (column.getTable() != null && column.getTable().getName() != null) {
            EntityDescriptor owner = sources.get(unquote(column.getTable().getName()));
            if (owner != null && find(owner, name).isEmpty()) {
                throw unknownColumn(method, name, List.of(owner));
            }
            return;
        }
        boolean known = sources.values().stream().anyMatch(owner -> find(owner, name).isPresent())
                || references.aliases.contains(name);
        if (!known && references.derived.isEmpty() && !sources.isEmpty()) {
            throw unknownColumn(method, name, sources.values().stream().distinct().toList());
        }
    }

    private static SqlException unknownColumn(String method, String name, List<EntityDescriptor> owners) {
        Set<String> names = new TreeSet<>();
        List<String> listed = new ArrayList<>();
        for (EntityDescriptor owner : owners) {
            for (ColumnDescriptor column : owner.columns()) {
                names.add(column.name());
                listed.add(owners.size() == 1 ? column.name() : owner.table() + "." + column.name());
            }
        }
        String tablesText = String.join(", ", owners.stream().map(EntityDescriptor::table).toList());
        return new SqlException(ErrorMessages.queryUnknownColumn(method, name, tablesText, closest(name, names),
                listed));
    }

    private CheckedSql shape(Statement statement, EntityDescriptor entity, Map<String, EntityDescriptor> sources,
            String sql) {
        if (statement instanceof Insert || statement instanceof Update || statement instanceof Delete
                || statement instanceof Merge) {
            return checked(sql, CheckedSql.Shape.ROW_COUNT, null);
        }
        if (!(statement instanceof PlainSelect select)) {
            return checked(sql, statement instanceof Select ? CheckedSql.Shape.OTHER_COLUMNS
                    : CheckedSql.Shape.ROW_COUNT, null);
        }
        List<SelectItem<?>> items = select.getSelectItems();
        if (items.size() == 1 && (items.get(0).getExpression() instanceof AllColumns
                || items.get(0).getExpression() instanceof AllTableColumns)) {
            Optional<Table> owner = ownerOf(select, items.get(0).getExpression(), entity, sources);
            if (owner.isEmpty()) {
                return checked(sql, CheckedSql.Shape.OTHER_COLUMNS, null);
            }
            Table qualifier = owner.get();
            List<SelectItem<?>> expanded = new ArrayList<>();
            for (ColumnDescriptor column : entity.columns()) {
                expanded.add(new SelectItem<>(new Column(qualifier, identifier(column.name()))));
            }
            select.setSelectItems(expanded);
            return checked(select.toString(), CheckedSql.Shape.ENTITY, null);
        }
        if (items.size() == 1) {
            ColumnDescriptor column = null;
            if (items.get(0).getExpression() instanceof Column selected) {
                String table = selected.getTable() == null || selected.getTable().getName() == null ? null
                        : unquote(selected.getTable().getName());
                EntityDescriptor from = table != null ? sources.get(table)
                        : sources.values().stream().distinct().count() == 1 ? sources.values().iterator().next() : null;
                column = from == null ? null : find(from, unquote(selected.getColumnName())).orElse(null);
            }
            return checked(sql, CheckedSql.Shape.ONE_COLUMN, column);
        }
        return checked(sql, CheckedSql.Shape.OTHER_COLUMNS, null);
    }

    /**
     * The table to qualify the entity's columns with when {@code *} (or {@code t.*}) selects the
     * repository's entity: {@code null} table for a lone unaliased table; empty when it selects other rows.
     */
    private static Optional<Table> ownerOf(PlainSelect select, Object star, EntityDescriptor entity,
            Map<String, EntityDescriptor> sources) {
        List<Table> from = new ArrayList<>();
        if (select.getFromItem() instanceof Table table) {
            from.add(table);
        }
        boolean joins = select.getJoins() != null && !select.getJoins().isEmpty();
        if (joins) {
            select.getJoins().forEach(join -> {
                if (join.getFromItem() instanceof Table table) {
                    from.add(table);
                }
            });
        }
        for (Table table : from) {
            String name = unquote(table.getName());
            String alias = table.getAlias() == null ? null : unquote(table.getAlias().getName());
            if (sources.get(name) != entity) {
                continue;
            }
            if (star instanceof AllTableColumns all) {
                String qualifier = unquote(all.getTable().getName());
                if (qualifier.equals(alias) || (alias == null && qualifier.equals(name))) {
                    return Optional.of(new Table(all.getTable().getName()));
                }
            } else if (!joins) {
                return Optional.of(alias != null ? new Table(table.getAlias().getName())
                        : new Table(table.getName()));
            }
        }
        return Optional.empty();
    }

    private static CheckedSql checked(String sql, CheckedSql.Shape shape, ColumnDescriptor column) {
        NamedParameters parameters = NamedParameters.scan(sql);
        return new CheckedSql(parameters.jdbc(), parameters.names(), shape, column, Map.of(), List.of(),
                parameters.offsets(), Set.of(), Set.of());
    }

    private static Optional<ColumnDescriptor> find(EntityDescriptor entity, String column) {
        return entity.columns().stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst();
    }

    /** A column name as SQL text: bare when it is a plain lower-case word, else in double quotes. */
    static String identifier(String name) {
        return PLAIN.matcher(name).matches() && !RESERVED.contains(name) ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A name without its quotes, in lower case for comparison. */
    static String unquote(String name) {
        String bare = name;
        if (bare.length() >= 2 && (bare.startsWith("\"") || bare.startsWith("`") || bare.startsWith("["))) {
            bare = bare.substring(1, bare.length() - 1);
        }
        return bare.toLowerCase(Locale.ROOT);
    }

    private static String closest(String name, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = Names.editDistance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (bestDistance <= Math.max(2, name.length() / 3)) {
            return best;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            if (candidate.toLowerCase(Locale.ROOT).startsWith(lower)) {
                return candidate; // a shortened name: author for author_id
            }
        }
        return null;
    }

    /** Collects the tables, columns, select aliases and derived-table names of a statement. */
    private static final class References extends TablesNamesFinder<Void> {
        final List<Table> tables = new ArrayList<>();
        final List<Column> columns = new ArrayList<>();
        final Set<String> aliases = new TreeSet<>();
        final Set<String> derived = new TreeSet<>();
        /** A column compared with, assigned or inserted from a placeholder, in statement order. */
        final List<Map.Entry<Column, String>> compared = new ArrayList<>();
        /** The placeholders that are the whole list of an {@code IN}, by identity: a {@code WITH} is visited twice. */
        final Set<JdbcNamedParameter> wholeLists = Collections.newSetFromMap(new IdentityHashMap<>());

        References() {
            init(true);
        }

        void pair(Expression left, Expression right) {
            if (left instanceof Column column && right instanceof JdbcNamedParameter parameter) {
                compared.add(Map.entry(column, parameter.getName()));
            } else if (right instanceof Column column && left instanceof JdbcNamedParameter parameter) {
                compared.add(Map.entry(column, parameter.getName()));
            }
        }

        @Override
        public void visitBinaryExpression(BinaryExpression expression) {
            if (expression instanceof ComparisonOperator) {
                pair(expression.getLeftExpression(), expression.getRightExpression());
            }
            super.visitBinaryExpression(expression);
        }

        @Override
        public <S> Void visit(InExpression in, S context) {
            if (list(in.getRightExpression()) instanceof ExpressionList<?> list) {
                for (Expression item : list) {
                    pair(in.getLeftExpression(), item);
                }
                if (list.size() == 1 && list.get(0) instanceof JdbcNamedParameter parameter) {
                    wholeLists.add(parameter);
                }
            }
            return super.visit(in, context);
        }

        /**
         * The list of an {@code IN} as written. JSqlParser 5.3 parses {@code a in (:x) and b = 1} as
         * {@code a in ((:x) and b = 1)}, so the list is the leftmost operand of such a chain; the
         * conditions after it are still visited as part of the right side.
         */
        private static Expression list(Expression right) {
            Expression list = right;
            while (list instanceof AndExpression || list instanceof OrExpression || list instanceof XorExpression) {
                list = ((BinaryExpression) list).getLeftExpression();
            }
            return list;
        }

        @Override
        public <S> Void visit(Between between, S context) {
            pair(between.getLeftExpression(), between.getBetweenExpressionStart());
            pair(between.getLeftExpression(), between.getBetweenExpressionEnd());
            return super.visit(between, context);
        }

        @Override
        public <S> Void visit(Table table, S context) {
            tables.add(table);
            return super.visit(table, context);
        }

        @Override
        public <S> Void visit(Column column, S context) {
            columns.add(column);
            return null;
        }

        @Override
        public <S> Void visit(WithItem<?> item, S context) {
            if (item.getAlias() != null) {
                derived.add(unquote(item.getAlias().getName()));
            }
            return super.visit(item, context);
        }

        @Override
        public <S> Void visit(ParenthesedSelect select, S context) {
            if (select.getAlias() != null) {
                derived.add(unquote(select.getAlias().getName()));
            }
            return super.visit(select, context);
        }

        @Override
        public <S> Void visit(PlainSelect select, S context) {
            for (SelectItem<?> item : select.getSelectItems()) {
                if (item.getAlias() != null) {
                    aliases.add(unquote(item.getAlias().getName()));
                }
            }
            if (select.getOrderByElements() != null) {
                select.getOrderByElements().forEach(order -> order.getExpression().accept(this, context));
            }
            return super.visit(select, context);
        }
    }
}
