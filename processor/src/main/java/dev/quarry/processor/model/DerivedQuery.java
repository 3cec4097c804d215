package dev.quarry.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A query derived from a repository method name, such as
 * {@code findFirst3ByNameContainingAndAgeGreaterThanOrderByNameAsc}: what it does, its criteria
 * (an {@code OR} of {@code AND} groups) and its order.
 *
 * @param action   what the method does with the matching rows
 * @param distinct whether the name says {@code Distinct}
 * @param limit    the {@code First}/{@code Top} row limit, or 0 for none
 * @param groups   the criteria: an {@code OR} of groups, each an {@code AND} of criteria
 * @param orders   the {@code OrderBy} terms, in order
 */
public record DerivedQuery(Action action, boolean distinct, int limit, List<List<Criterion>> groups,
        List<Order> orders) {

    public DerivedQuery {
        Objects.requireNonNull(action, "action");
        groups = groups.stream().map(List::copyOf).toList();
        orders = List.copyOf(orders);
    }

    /** What a derived query does. */
    public enum Action {
        FIND, COUNT, EXISTS, DELETE
    }

    /**
     * One criterion: a property, how it is compared, and whether case is ignored.
     *
     * @param property   the entity property
     * @param operator   the comparison
     * @param ignoreCase whether {@code IgnoreCase} applies
     */
    public record Criterion(String property, Operator operator, boolean ignoreCase) {
    }

    /**
     * One {@code OrderBy} term.
     *
     * @param property   the entity property
     * @param descending whether {@code Desc} was given
     */
    public record Order(String property, boolean descending) {
    }

    /** Every criterion, in the order of the name (which is the order of the parameters). */
    public List<Criterion> criteria() {
        return groups.stream().flatMap(List::stream).toList();
    }

    /** The number of method parameters the criteria take. */
    public int parameterCount() {
        return criteria().stream().mapToInt(criterion -> criterion.operator().parameters()).sum();
    }
}
