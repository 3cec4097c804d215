package dev.quarry.internal.repository;

import dev.quarry.internal.exec.Binding;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.spi.ListParameter;
import dev.quarry.spi.ParameterBinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Expands the list placeholders of a hand-written statement when it runs: the one {@code ?} of each
 * {@link ListParameter} becomes {@code ?, ?, ...}, one per element, and the elements are bound in
 * order after the placeholders before them. The SQL is never split into several statements: a
 * statement needing more bind parameters than the database takes fails.
 *
 * <p>An empty list becomes {@code SELECT CAST(NULL AS <element type>) WHERE 1 = 0}, an empty subquery
 * of the element's SQL type, so {@code x IN (...)} is false and {@code x NOT IN (...)} is true for
 * every row, {@code NULL} included, wherever the predicate stands (under {@code NOT}, in a
 * {@code CASE}); a list of one {@code NULL} would make {@code NOT IN} match nothing. The cast keeps
 * the comparison typed on PostgreSQL, which has no typeless empty subquery.
 */
final class ListExpansion {
    /** Lists of up to this many values have their SQL cached, keyed by the statement and the list sizes. */
    private static final int CACHED_SIZE = 64;
    /** The most expanded statements kept; beyond it, SQL is built per call. */
    private static final int CACHED_STATEMENTS = 1_024;

    private final Dialect dialect;
    private final Map<Key, String> cache = new ConcurrentHashMap<>();

    ListExpansion(Dialect dialect) {
        this.dialect = dialect;
    }

    /** A statement ready to run: its expanded SQL, and a binding of every parameter. */
    record Expanded(String sql, Binding binding) {
    }

    private record Key(String sql, List<Integer> sizes) {
    }

    /**
     * Expands {@code sql}: {@code binding} binds the other placeholders by their position in
     * {@code sql}; the values of {@code lists} are read once, here.
     *
     * @throws IllegalArgumentException for a {@code null} collection or element, or too many values
     */
    Expanded expand(String sql, List<ListParameter> lists, ParameterBinding binding) {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(binding, "binding");
        List<ListParameter> sorted = new ArrayList<>(lists);
        sorted.sort(Comparator.comparingInt(ListParameter::index));
        int count = sorted.size();
        int[] indexes = new int[count];
        int[] sizes = new int[count];
        Object[][] values = new Object[count][];
        long parameters = placeholders(sql) - count;
        for (int i = 0; i < count; i++) {
            ListParameter list = sorted.get(i);
            if (list.offset() >= sql.length() || sql.charAt(list.offset()) != '?'
                    || (i > 0 && list.index() == indexes[i - 1])) {
                throw new IllegalStateException("list parameter " + list.name() + " does not match its statement"
                        + " (index " + list.index() + ", offset " + list.offset() + "); recompile the repository"
                        + " with this version of the processor: " + sql);
            }
            values[i] = snapshot(list);
            indexes[i] = list.index();
            sizes[i] = values[i].length;
            parameters += sizes[i];
        }
        if (parameters > dialect.parameterLimit()) {
            throw new IllegalArgumentException(tooMany(sorted, sizes, parameters));
        }
        String expanded = text(sql, sorted, sizes);
        return new Expanded(expanded, params -> {
            binding.bind(new ShiftedBinder(params, indexes, sizes));
            int shift = 0;
            for (int i = 0; i < count; i++) {
                int first = indexes[i] + shift;
                for (int j = 0; j < sizes[i]; j++) {
                    params.setObject(first + j, values[i][j], sorted.get(i).type());
                }
                shift += sizes[i] - 1;
            }
        });
    }

    /** The values of {@code list}, read once, so the SQL and the binding agree on their number. */
    private static Object[] snapshot(ListParameter list) {
        if (list.values() == null) {
            throw new IllegalArgumentException("@Query parameter " + list.name() + " is null; pass an empty"
                    + " collection, with which IN matches no row and NOT IN every row");
        }
        Object[] values = list.values().toArray();
        for (Object value : values) {
            if (value == null) {
                throw new IllegalArgumentException("@Query parameter " + list.name() + " holds null, which an IN"
                        + " list never matches (and with which NOT IN matches no row); leave nulls out, and test"
                        + " the column with IS NULL for them");
            }
        }
        return values;
    }

    /** The {@code ?} characters of {@code sql}: every placeholder (a {@code ?} inside a literal counts too). */
    private static int placeholders(String sql) {
        int count = 0;
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) == '?') {
                count++;
            }
        }
        return count;
    }

    private String tooMany(List<ListParameter> lists, int[] sizes, long parameters) {
        List<String> described = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            described.add(lists.get(i).name() + " (" + sizes[i] + " values)");
        }
        return "@Query parameter" + (lists.size() == 1 ? " " : "s ") + String.join(", ", described)
                + (lists.size() == 1 ? " makes" : " make") + " the statement need " + parameters
                + " bind parameters, more than " + dialect.name() + " allows in one statement ("
                + dialect.parameterLimit() + "); Quarry does not split a hand-written statement: pass fewer values"
                + " per call";
    }

    /** The expanded SQL, from the cache when every list is small and none is empty. */
    private String text(String sql, List<ListParameter> lists, int[] sizes) {
        List<Integer> key = new ArrayList<>(sizes.length);
        for (int size : sizes) {
            if (size == 0 || size > CACHED_SIZE) {
                return render(sql, lists, sizes);
            }
            key.add(size);
        }
        Key cached = new Key(sql, key);
        String text = cache.get(cached);
        if (text == null) {
            text = render(sql, lists, sizes);
            if (cache.size() < CACHED_STATEMENTS) {
                cache.putIfAbsent(cached, text);
            }
        }
        return text;
    }

    private String render(String sql, List<ListParameter> lists, int[] sizes) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int from = 0;
        for (int i = 0; i < lists.size(); i++) {
            int offset = lists.get(i).offset();
            out.append(sql, from, offset);
            if (sizes[i] == 0) {
                out.append("SELECT CAST(NULL AS ").append(dialect.castType(lists.get(i).type()))
                        .append(") WHERE 1 = 0");
            } else {
                out.append('?');
                for (int j = 1; j < sizes[i]; j++) {
                    out.append(", ?");
                }
            }
            from = offset + 1;
        }
        return out.append(sql, from, sql.length()).toString();
    }
}
