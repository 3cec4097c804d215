package dev.quarry.internal.query;

import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.relation.RelatedCollection;
import dev.quarry.internal.relation.RelationImpl;
import dev.quarry.internal.sql.RenderedSql;
import dev.quarry.query.EntityTable;
import dev.quarry.relation.Ref;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What the graph writes of {@code persist}/{@code remove} and the session's flush share: the
 * elements a relationship holder has, the generated-join-table check and the {@code SELECT} of
 * the rows a foreign key column holds, by chunks of the dialect's parameter limit.
 */
public final class GraphRows {
    private GraphRows() {
    }

    /** The elements of a loaded or code-built relationship collection (or inverse one-to-one), or {@code null}. */
    @SuppressWarnings("unchecked")
    public static Collection<Object> present(Object holder) {
        if (holder instanceof RelatedCollection<?> related) {
            return related.isLoaded() ? (Collection<Object>) related : null;
        }
        if (holder instanceof Collection<?> collection) {
            return (Collection<Object>) collection;
        }
        if (holder instanceof Ref<?> ref && ref.isLoaded()) {
            return ref.find().map(entity -> List.<Object>of(entity)).orElse(List.of());
        }
        return null;
    }

    /** A set of the elements by identity. */
    public static Set<Object> identitySet(Collection<?> elements) {
        Set<Object> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(elements);
        return set;
    }

    /** Whether the many-to-many goes through a generated join table (rows that hold nothing but the pair). */
    public static boolean generatedJoinTable(RelationImpl<?, ?> relation) {
        String joinTable = relation.schema().joinTable();
        return relation.source().joinTables().stream().anyMatch(t -> t.name().equals(joinTable))
                || relation.target().joinTables().stream().anyMatch(t -> t.name().equals(joinTable));
    }

    /** The rows of {@code table} whose {@code column} holds one of {@code values}: one {@code SELECT} per chunk. */
    public static List<Object> selectWhereIn(Engine engine, Connection connection, EntityTable<Object, ?> table,
                                             String column, List<Object> values) {
        List<Object> rows = new ArrayList<>();
        int size = Math.max(1, engine.dialect().parameterLimit() - 1);
        for (int from = 0; from < values.size(); from += size) {
            List<Object> chunk = new ArrayList<>(values.subList(from, Math.min(values.size(), from + size)));
            QueryModel model = QueryModel.of(table).where(new InCondition<>(Loader.column(table, column), chunk, false));
            RenderedSql sql = model.render(engine.dialect(), null);
            engine.runner().query(connection, sql.sql(), sql::bind, (result, row) -> {
                while (result.next()) {
                    rows.add(table.mapper().read(row, 1));
                }
                return null;
            });
        }
        return rows;
    }
}
