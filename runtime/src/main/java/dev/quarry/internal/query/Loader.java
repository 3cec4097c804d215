package dev.quarry.internal.query;

import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.relation.RefHolder;
import dev.quarry.internal.relation.RelatedCollection;
import dev.quarry.internal.relation.RelationImpl;
import dev.quarry.internal.sql.RenderedSql;
import dev.quarry.internal.sql.SqlArray;
import dev.quarry.query.Column;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Relation;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.RelationSchema;
import dev.quarry.spi.RowReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a query with load options on one connection: the query's statement, with its
 * {@code joined} relationships folded in as {@code LEFT JOIN}s, then one statement per
 * {@code selectIn} level for all the entities of the level above: {@code WHERE fk = ANY (?)}
 * with one array parameter where the dialect has arrays of the key's type (PostgreSQL), else
 * {@code WHERE fk IN (...)}, split only beyond {@value #MAX_IN_VALUES} values. Within one load
 * every row of a table maps to one instance (an identity map by key), so both sides of a
 * relationship point at the same objects, and loaded to-many relationships set the to-one side of
 * their pair.
 */
final class Loader {
    /** The most values one {@code IN} list binds (the databases allow 32,766 parameters or more). */
    static final int MAX_IN_VALUES = 30_000;

    /** A relationship of the merged load plan, with the relationships loaded below it. */
    static final class Node {
        final LoadImpl.Level level;
        final List<Node> children = new ArrayList<>();

        Node(LoadImpl.Level level) {
            this.level = level;
        }

        @SuppressWarnings("unchecked") // entity types are checked by the typed Load API
        RelationImpl<Object, Object> relation() {
            return (RelationImpl<Object, Object>) level.relation();
        }
    }

    /** Merges the options' paths into one tree of relationships under the query's table. */
    static List<Node> plan(EntityTable<?, ?> root, List<? extends LoadImpl<?, ?>> loads) {
        List<Node> roots = new ArrayList<>();
        for (LoadImpl<?, ?> load : loads) {
            RelationImpl<?, ?> first = load.levels.get(0).relation();
            if (!first.source().name().equals(root.name())) {
                throw new IllegalArgumentException("the load option " + load + " starts from "
                        + first.source().mapper().entityClass().getSimpleName() + ", but the query reads "
                        + root.mapper().entityClass().getSimpleName());
            }
            List<Node> siblings = roots;
            for (LoadImpl.Level level : load.levels) {
                Node node = null;
                for (Node sibling : siblings) {
                    if (sibling.level.relation().sameAs(level.relation())) {
                        node = sibling;
                    }
                }
                if (node == null) {
                    node = new Node(level);
                    siblings.add(node);
                } else if (!node.level.sameAs(level)) {
                    throw new IllegalArgumentException(level.relation() + " is loaded twice, in different ways ("
                            + node.level.describe() + " and " + level.describe() + ", or with different filters or"
                            + " orders): build its option once, keep it in a variable, and extend it with then(...)");
                }
                siblings = node.children;
            }
        }
        return roots;
    }

    private final Engine engine;
    private final Connection connection;
    /** The identity map of this load: table name → key → entity. */
    private final Map<String, Map<Object, Object>> identity = new HashMap<>();
    /**
     * The tables the load reads more than once (the query's table or a relationship's target):
     * their rows go through the identity map even where a statement cannot repeat them, so that
     * one row is one instance across the whole load.
     */
    private final Set<String> shared = new HashSet<>();

    Loader(Engine engine, Connection connection) {
        this.engine = engine;
        this.connection = connection;
    }

    /** One joined relationship in a statement: where its columns start and whose entity it hangs under. */
    private static final class Slot {
        final Node node;
        final int parent;
        final EntityTable<?, ?> table;
        final int offset;
        final int keyIndex;
        final ExprImpl<?, ?> keyColumn;
        /** The distinct entities this slot read, in row order: the parents of its select-in children. */
        final List<Object> loaded = new ArrayList<>();
        final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        /** For to-many: the parents whose collection was reset, and the children each received. */
        final Map<Object, Set<Object>> children = new IdentityHashMap<>();

        Slot(Node node, int parent, EntityTable<?, ?> table, int offset) {
            this.node = node;
            this.parent = parent;
            this.table = table;
            this.offset = offset;
            this.keyIndex = keyIndex(table);
            this.keyColumn = keyIndex < 0 ? null : ExprImpl.impl(table.columns().get(keyIndex));
        }
    }

    /** One statement: a table, read with its joined relationships. */
    private static final class Shape {
        final EntityTable<?, ?> base;
        final List<Slot> slots = new ArrayList<>();
        final List<ExprImpl<?, ?>> selected = new ArrayList<>();
        final Set<String> names = new HashSet<>();
        QueryModel model;
        boolean toManyJoined;

        Shape(EntityTable<?, ?> base, QueryModel model) {
            this.base = base;
            this.model = model;
            names.add(base.alias().orElse(base.name()));
            for (QueryModel.Join join : model.joins) {
                names.add(join.table().alias().orElse(join.table().name()));
            }
            for (Column<?, ?> column : base.columns()) {
                selected.add(ExprImpl.impl(column));
            }
        }
    }

    /** Runs the query's statement and every level of {@code nodes}; returns the query's entities in order. */
    @SuppressWarnings("unchecked") // the base table reads E
    <E> List<E> fetch(EntityTable<E, ?> table, QueryModel model, RenderedSql plain, List<Node> nodes) {
        // a lock covers the query's own tables, not those the joined load options add
        model = model.lockingOwnTables();
        Set<String> seenTables = new HashSet<>();
        seenTables.add(table.name());
        collectShared(nodes, seenTables);
        Shape shape = shape(table, model, nodes);
        if (shape.toManyJoined && (model.limit != null || model.offset != null)) {
            if (!model.joins.isEmpty() || !model.groupBy.isEmpty() || model.distinct) {
                RelationImpl<?, ?> toMany = null;
                for (Slot slot : shape.slots) {
                    if (toMany == null && slot.node.relation().kind().isToMany()) {
                        toMany = slot.node.relation();
                    }
                }
                throw new IllegalStateException("a joined one-to-many (" + toMany + ") repeats each "
                        + table.mapper().entityClass().getSimpleName() + " once per related row, so limit/offset over"
                        + " this query's own joins would count rows, not entities: load " + toMany + " with selectIn"
                        + " instead (thenSelectIn below another level), which pages the entities first and loads the"
                        + " page's relationships after");
            }
            // the page is taken on the entities in a derived table, then the joins repeat its rows
            shape = shape(table, model.pagedRoots(), nodes);
        }
        List<Object> roots = new ArrayList<>();
        if (shape.toManyJoined) {
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            run(shape, null, true, (entity, row) -> {
                if (seen.add(entity)) {
                    roots.add(entity);
                }
            });
        } else {
            // one row per entity: the query's own SQL when nothing is joined
            run(shape, shape.slots.isEmpty() ? plain : null, false, (entity, row) -> roots.add(entity));
        }
        loadBelow(shape, nodes, roots);
        return (List<E>) roots;
    }

    private void collectShared(List<Node> nodes, Set<String> seenTables) {
        for (Node node : nodes) {
            String name = node.relation().target().name();
            if (!seenTables.add(name)) {
                shared.add(name);
            }
            collectShared(node.children, seenTables);
        }
    }

    /** Adds {@code nodes}' joined relationships (and theirs, recursively) to a statement of {@code base}. */
    private Shape shape(EntityTable<?, ?> base, QueryModel model, List<Node> nodes) {
        Shape shape = new Shape(base, model);
        addJoined(shape, nodes, -1, base);
        return shape;
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // scopes are compile-time markers only
    private void addJoined(Shape shape, List<Node> nodes, int parent, EntityTable<?, ?> parentTable) {
        for (Node node : nodes) {
            if (!node.level.joined()) {
                continue;
            }
            RelationImpl<Object, Object> relation = node.relation();
            RelationSchema schema = relation.schema();
            EntityTable<?, ?> target = relation.target();
            String alias = target.name();
            for (int n = 1; shape.names.contains(alias); n++) {
                alias = target.name() + "_" + n;
            }
            shape.names.add(alias);
            boolean aliased = !alias.equals(target.name());
            if (aliased && (node.level.where() != null || !node.level.sorts().isEmpty())) {
                throw new IllegalArgumentException(node.level.describe() + " joins " + target.name() + " under the alias "
                        + alias + " (the statement reads that table already), so its filter and order cannot name "
                        + target.name() + "'s columns: load " + relation + " with selectIn instead (thenSelectIn below"
                        + " another level)");
            }
            EntityTable<?, ?> table = aliased ? target.as(alias) : target;
            AbstractCondition on = new ExpressionComparisonCondition<>(column(table, schema.targetColumn()), "=",
                    column(parentTable, schema.sourceColumn()));
            if (node.level.where() != null) {
                on = Junction.of(Junction.Kind.AND, on, (AbstractCondition) node.level.where());
            }
            shape.model = shape.model.join(QueryModel.JoinKind.LEFT, table, on);
            if (!node.level.sorts().isEmpty()) {
                shape.model = shape.model.orderBy(node.level.sorts());
            }
            Slot slot = new Slot(node, parent, table, shape.selected.size() + 1);
            for (Column<?, ?> column : table.columns()) {
                shape.selected.add(ExprImpl.impl(column));
            }
            shape.slots.add(slot);
            shape.toManyJoined |= relation.kind().isToMany();
            addJoined(shape, node.children, shape.slots.size() - 1, table);
        }
    }

    /** Receives each row's base entity (the identity-mapped instance). */
    private interface RowConsumer {
        void accept(Object entity, RowReader row) throws SQLException;
    }

    /**
     * Runs a statement, maps and links each row's entities, and passes each row's base entity on.
     * The base rows go through the identity map when {@code repeats} (the statement may return
     * one several times) or when the load reads the table elsewhere too.
     */
    private void run(Shape shape, RenderedSql rendered, boolean repeats, RowConsumer consumer) {
        RenderedSql sql = rendered != null ? rendered : shape.model.render(engine.dialect(), shape.selected);
        Results.check(engine, connection, sql);
        EntityTable<?, ?> baseTable = shape.base;
        boolean mapped = repeats || shape.toManyJoined || shared.contains(baseTable.name());
        int baseKey = keyIndex(baseTable);
        ExprImpl<?, ?> baseKeyColumn = baseKey < 0 ? null : ExprImpl.impl(baseTable.columns().get(baseKey));
        engine.runner().query(connection, sql.sql(), sql::bind, (result, row) -> {
            Object[] entities = new Object[shape.slots.size()];
            while (result.next()) {
                Object base = mapped ? read(baseTable, baseKey, baseKeyColumn, row, 1) : baseTable.mapper().read(row, 1);
                for (int s = 0; s < entities.length; s++) {
                    Slot slot = shape.slots.get(s);
                    Object parent = slot.parent < 0 ? base : entities[slot.parent];
                    if (parent == null) {
                        entities[s] = null;
                        continue;
                    }
                    Object target = read(slot.table, slot.keyIndex, slot.keyColumn, row, slot.offset);
                    entities[s] = target;
                    linkJoined(slot, parent, target);
                }
                consumer.accept(base, row);
            }
            return null;
        });
    }

    /** Links a joined relationship of one row: resets the parent's holder once, then adds or sets the target. */
    private void linkJoined(Slot slot, Object parent, Object target) {
        RelationImpl<Object, Object> relation = slot.node.relation();
        if (target != null && slot.seen.add(target)) {
            slot.loaded.add(target);
        }
        if (!relation.kind().isToMany()) {
            link(relation, parent, target);
            return;
        }
        Set<Object> received = slot.children.get(parent);
        if (received == null) {
            received = Collections.newSetFromMap(new IdentityHashMap<>());
            slot.children.put(parent, received);
            reset(relation, parent);
        }
        if (target != null && received.add(target)) {
            link(relation, parent, target);
        }
    }

    /** Loads the select-in relationships under a statement's base entities and under its joined ones. */
    private void loadBelow(Shape shape, List<Node> nodes, List<Object> bases) {
        for (Node node : nodes) {
            if (node.level.joined()) {
                continue;
            }
            selectIn(node, bases);
        }
        for (Slot slot : shape.slots) {
            for (Node child : slot.node.children) {
                if (!child.level.joined()) {
                    selectIn(child, slot.loaded);
                }
            }
        }
    }

    /**
     * Loads one select-in level for {@code parents}: one statement, or with {@code IN} lists one
     * per {@value #MAX_IN_VALUES} distinct values.
     */
    private void selectIn(Node node, List<Object> parents) {
        RelationImpl<Object, Object> relation = node.relation();
        RelationSchema schema = relation.schema();
        Map<Object, List<Object>> parentsByValue = new HashMap<>();
        List<Object> values = new ArrayList<>();
        for (Object parent : parents) {
            reset(relation, parent);
            Object value = relation.sourceValue(parent);
            if (value != null) {
                List<Object> same = parentsByValue.get(value);
                if (same == null) {
                    same = new ArrayList<>(1);
                    parentsByValue.put(value, same);
                    values.add(value);
                }
                same.add(parent);
            }
        }
        if (values.isEmpty()) {
            return;
        }
        EntityTable<?, ?> target = relation.target();
        QueryModel base = QueryModel.of(target);
        ExprImpl<?, ?> match;
        // where the statement's rows carry the parent's value: the target's own column, else an added one
        int matchColumn;
        if (schema.kind() == Relation.Kind.MANY_TO_MANY) {
            LinkTable link = LinkTable.of(schema, relation.source(), target);
            base = base.join(QueryModel.JoinKind.INNER, link, new ExpressionComparisonCondition<>(
                    ExprImpl.impl(link.targetColumn), "=", column(target, schema.targetColumn())));
            match = ExprImpl.impl(link.sourceColumn);
            matchColumn = -1;
        } else {
            match = column(target, schema.targetColumn());
            matchColumn = columnIndex(target, schema.targetColumn());
        }
        if (node.level.where() != null) {
            base = base.where(node.level.where());
        }
        if (!node.level.sorts().isEmpty()) {
            base = base.orderBy(node.level.sorts());
        }
        boolean repeats = schema.kind() == Relation.Kind.MANY_TO_MANY;
        List<Object> loaded = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        RelationImpl<Object, Object> inverse = toOneInverse(relation);
        Shape shape = null;
        // one array parameter where the dialect has arrays (one statement shape for any count), else IN lists
        SqlArray array = engine.dialect().array(match.type(), values);
        int chunkSize = array != null ? values.size() : MAX_IN_VALUES;
        for (int from = 0; from < values.size(); from += chunkSize) {
            AbstractCondition matching = array != null ? new AnyCondition<>(match, array)
                    : new InCondition<>(match, new ArrayList<>(values.subList(from,
                            Math.min(values.size(), from + chunkSize))), false);
            shape = shape(target, base.where(matching), node.children);
            if (matchColumn < 0) {
                shape.selected.add(match);
            }
            int matchIndex = matchColumn < 0 ? shape.selected.size() : matchColumn + 1;
            // a row per related entity, unless a join table or a joined collection repeats them
            boolean distinctRows = !repeats && !shape.toManyJoined;
            run(shape, null, repeats, (entity, row) -> {
                if (distinctRows || seen.add(entity)) {
                    loaded.add(entity);
                }
                List<Object> owners = parentsByValue.get(match.read(row, matchIndex));
                for (int i = 0; i < owners.size(); i++) {
                    link(relation, inverse, owners.get(i), entity);
                }
            });
        }
        loadBelow(shape, node.children, loaded);
    }

    /** Marks the parent's relationship loaded with nothing in it yet. */
    private static void reset(RelationImpl<Object, Object> relation, Object parent) {
        Object holder = relation.holder(parent);
        if (relation.kind().isToMany()) {
            collection(relation, holder).load(List.of());
        } else {
            ref(relation, holder).load(null);
        }
    }

    /** The to-one other side of {@code relation}, which loading it also fills; {@code null} if none. */
    private static RelationImpl<Object, Object> toOneInverse(RelationImpl<Object, Object> relation) {
        RelationImpl<Object, Object> inverse = relation.inverse().orElse(null);
        return inverse == null || inverse.kind().isToMany() ? null : inverse;
    }

    /** Puts {@code target} into the parent's relationship, and the parent into the target's to-one side of the pair. */
    private static void link(RelationImpl<Object, Object> relation, Object parent, Object target) {
        link(relation, toOneInverse(relation), parent, target);
    }

    private static void link(RelationImpl<Object, Object> relation, RelationImpl<Object, Object> inverse,
                             Object parent, Object target) {
        Object holder = relation.holder(parent);
        if (relation.kind().isToMany()) {
            collection(relation, holder).loadOne(target);
        } else {
            ref(relation, holder).load(target);
        }
        if (target != null && inverse != null) {
            ref(inverse, inverse.holder(target)).load(parent);
        }
    }

    @SuppressWarnings("unchecked")
    private static RelatedCollection<Object> collection(RelationImpl<?, ?> relation, Object holder) {
        if (holder instanceof RelatedCollection<?> collection) {
            return (RelatedCollection<Object>) collection;
        }
        throw notReadByQuarry(relation, holder);
    }

    @SuppressWarnings("unchecked")
    private static RefHolder<Object> ref(RelationImpl<?, ?> relation, Object holder) {
        if (holder instanceof RefHolder<?> ref) {
            return (RefHolder<Object>) ref;
        }
        throw notReadByQuarry(relation, holder);
    }

    private static IllegalStateException notReadByQuarry(RelationImpl<?, ?> relation, Object holder) {
        return new IllegalStateException(relation.path() + " holds " + (holder == null ? "null" : "a "
                + holder.getClass().getName()) + " instead of the holder Quarry's mapper put there: an entity must keep"
                + " the relationship object it was read with for a load option to fill it");
    }

    /** Reads the entity whose columns start at {@code offset}, or {@code null} when its key is NULL (no joined row). */
    private Object read(EntityTable<?, ?> table, int keyIndex, ExprImpl<?, ?> keyColumn, RowReader row, int offset)
            throws SQLException {
        Map<Object, Object> byKey = identity.computeIfAbsent(table.name(), name -> new HashMap<>());
        if (keyIndex < 0) {
            Object entity = table.mapper().read(row, offset);
            Object existing = byKey.putIfAbsent(keyOf(table, entity), entity);
            return existing != null ? existing : entity;
        }
        Object key = keyColumn.read(row, offset + keyIndex);
        if (key == null) {
            return null;
        }
        Object existing = byKey.get(key);
        if (existing != null) {
            return existing;
        }
        Object entity = table.mapper().read(row, offset);
        byKey.put(key, entity);
        return entity;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object keyOf(EntityTable table, Object entity) {
        return table.mapper().key(entity);
    }

    /** The position of the column named {@code name} among the table's columns. */
    private static int columnIndex(EntityTable<?, ?> table, String name) {
        List<ColumnSchema> columns = table.schema().columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + name + " in " + table.name());
    }

    /** The position of a single-column key among the table's columns; -1 for a composite key. */
    private static int keyIndex(EntityTable<?, ?> table) {
        List<String> key = table.schema().primaryKey();
        return key.size() == 1 ? columnIndex(table, key.get(0)) : -1;
    }

    /**
     * Adds the joins along {@code relation} (from its source table, which the query must read) to
     * {@code target}: one join, or the join table's and the target's for a many-to-many.
     */
    static QueryModel joinAlong(QueryModel model, QueryModel.JoinKind kind, RelationImpl<?, ?> relation,
                                EntityTable<?, ?> target) {
        RelationSchema schema = relation.schema();
        EntityTable<?, ?> source = relation.source();
        if (schema.kind() != Relation.Kind.MANY_TO_MANY) {
            return model.join(kind, target, new ExpressionComparisonCondition<>(
                    column(target, schema.targetColumn()), "=", column(source, schema.sourceColumn())));
        }
        LinkTable link = LinkTable.of(schema, source, target);
        return model
                .join(kind, link, new ExpressionComparisonCondition<>(ExprImpl.impl(link.sourceColumn), "=",
                        column(source, schema.sourceColumn())))
                .join(kind, target, new ExpressionComparisonCondition<>(column(target, schema.targetColumn()), "=",
                        ExprImpl.impl(link.targetColumn)));
    }

    /** The column named {@code name} of {@code table}, as an expression. */
    static ExprImpl<?, ?> column(EntityTable<?, ?> table, String name) {
        return ExprImpl.impl(table.columns().get(columnIndex(table, name)));
    }

    /** The schema of the column named {@code name} of {@code table}. */
    static ColumnSchema columnSchema(EntityTable<?, ?> table, String name) {
        return table.schema().columns().get(columnIndex(table, name));
    }
}
