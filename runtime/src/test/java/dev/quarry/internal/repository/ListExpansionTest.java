package dev.quarry.internal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.internal.sql.PostgresDialect;
import dev.quarry.internal.sql.SqliteDialect;
import dev.quarry.spi.ListParameter;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.ValueType;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SQL and the binding order of statements with list placeholders. */
class ListExpansionTest {
    private static final String SQL = "select name from users where age >= ? and id in (?) and name <> ?"
            + " and status not in (?) and age <= ?";
    private final ListExpansion postgres = new ListExpansion(new PostgresDialect());

    /** Every bind call as "index=value", through any binder method. */
    private static ParameterBinder recorder(List<String> calls) {
        return (ParameterBinder) Proxy.newProxyInstance(ListExpansionTest.class.getClassLoader(),
                new Class<?>[] {ParameterBinder.class}, (proxy, method, args) -> {
                    calls.add(args[0] + "=" + args[1]);
                    return null;
                });
    }

    private static List<ListParameter> lists(List<?> ids, List<?> statuses) {
        return List.of(new ListParameter(2, SQL.indexOf("in (?)") + 4, "ids", ids, ValueType.LONG),
                new ListParameter(4, SQL.indexOf("not in (?)") + 8, "statuses", statuses, ValueType.ENUM));
    }

    private List<String> bind(ListExpansion.Expanded expanded) throws Exception {
        List<String> calls = new ArrayList<>();
        expanded.binding().bind(recorder(calls));
        calls.sort(null);
        return calls;
    }

    private ListExpansion.Expanded expand(List<?> ids, List<?> statuses) {
        return postgres.expand(SQL, lists(ids, statuses), params -> {
            params.setInt(1, 20);
            params.setString(3, "Cid");
            params.setInt(5, 50);
        });
    }

    @Test
    void eachListBecomesOnePlaceholderPerValueAndLaterIndexesMove() throws Exception {
        ListExpansion.Expanded expanded = expand(List.of(7L, 8L, 9L), List.of("ACTIVE", "DELETED"));

        assertEquals("select name from users where age >= ? and id in (?, ?, ?) and name <> ?"
                + " and status not in (?, ?) and age <= ?", expanded.sql());
        assertEquals(List.of("1=20", "2=7", "3=8", "4=9", "5=Cid", "6=ACTIVE", "7=DELETED", "8=50"), bind(expanded));
    }

    @Test
    void anEmptyListIsATypedEmptySubquery() throws Exception {
        ListExpansion.Expanded expanded = expand(List.of(), List.of("ACTIVE"));

        assertEquals("select name from users where age >= ? and id in (SELECT CAST(NULL AS bigint) WHERE 1 = 0)"
                + " and name <> ? and status not in (?) and age <= ?", expanded.sql());
        assertEquals(List.of("1=20", "2=Cid", "3=ACTIVE", "4=50"), bind(expanded));
        assertEquals("select id from t where id in (SELECT CAST(NULL AS INTEGER) WHERE 1 = 0)",
                new ListExpansion(new SqliteDialect()).expand("select id from t where id in (?)",
                        List.of(new ListParameter(1, 30, "ids", Set.of(), ValueType.INT)), params -> { }).sql());
    }

    @Test
    void smallListsReuseTheirSql() {
        assertSame(expand(List.of(1L, 2L), List.of("A")).sql(), expand(List.of(3L, 4L), List.of("B")).sql());
    }

    @Test
    void nullsAndTooManyValuesAreRefusedNamingTheParameter() {
        assertEquals("@Query parameter statuses is null; pass an empty collection, with which IN matches no row"
                + " and NOT IN every row", assertThrows(IllegalArgumentException.class,
                        () -> expand(List.of(1L), null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> expand(Arrays.asList(1L, null), List.of()))
                .getMessage().startsWith("@Query parameter ids holds null"));
        List<Long> many = new ArrayList<>();
        for (long i = 0; i < 40_000; i++) {
            many.add(i);
        }
        assertEquals("@Query parameters ids (40000 values), statuses (40000 values) make the statement need 80003"
                + " bind parameters, more than postgresql allows in one statement (65535); Quarry does not split a"
                + " hand-written statement: pass fewer values per call",
                assertThrows(IllegalArgumentException.class, () -> expand(many, many)).getMessage());
    }

    @Test
    void aListThatDoesNotMatchItsStatementIsABug() {
        assertThrows(IllegalStateException.class, () -> postgres.expand(SQL,
                List.of(new ListParameter(2, 3, "ids", List.of(1L), ValueType.LONG)), params -> { }));
    }

    @Test
    void theGeneratedBindingNeverBindsAListPlaceholder() {
        ListExpansion.Expanded expanded = postgres.expand(SQL, lists(List.of(1L), List.of("A")),
                params -> params.setLong(2, 1L));
        assertThrows(IllegalStateException.class, () -> bind(expanded));
    }
}
