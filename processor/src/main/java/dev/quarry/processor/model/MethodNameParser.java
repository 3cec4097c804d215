package dev.quarry.processor.model;

import dev.quarry.processor.diagnostic.ErrorMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the name of a derived-query method against the entity's properties:
 * <pre>
 * (find|get|query|read|stream|count|exists|delete|remove) [Distinct] [(First|Top)[N]] [subject]
 *     [By criterion ((And|Or) criterion)*] [OrderBy Property [Asc|Desc] ...]
 * criterion: Property [operator] [IgnoreCase]
 * </pre>
 * Pure string work, so it is unit-tested without javac.
 */
public final class MethodNameParser {
    private static final Pattern PREFIX = Pattern.compile(
            "^(find|get|query|read|stream|search|count|exists|delete|remove)(Distinct)?((?:First|Top)(\\d*))?(.*)$");
    private static final Pattern SPLIT_OR = Pattern.compile("Or(?=[A-Z]|$)");
    private static final Pattern SPLIT_AND = Pattern.compile("And(?=[A-Z]|$)");
    private static final Pattern ORDER_BY = Pattern.compile("OrderBy(?=[A-Z]|$)");
    private static final List<String> IGNORE_CASE = List.of("IgnoringCase", "IgnoreCase");

    private final String entity;
    private final List<String> properties;

    /**
     * @param entity     the entity's simple name, for messages
     * @param properties the entity's properties, in declaration order
     */
    public MethodNameParser(String entity, List<String> properties) {
        this.entity = entity;
        this.properties = List.copyOf(properties);
    }

    /** Whether {@code name} starts like a derived query. */
    public static boolean isDerivedName(String name) {
        Matcher matcher = PREFIX.matcher(name);
        return matcher.matches() && (matcher.group(5).isEmpty() || Character.isUpperCase(matcher.group(5).charAt(0)));
    }

    /**
     * Parses {@code method}.
     *
     * @throws MethodNameException with the message to report on the method
     */
    public DerivedQuery parse(String method) {
        Matcher prefix = PREFIX.matcher(method);
        if (!isDerivedName(method) || !prefix.matches()) {
            throw new MethodNameException(ErrorMessages.notDerivedQuery(method));
        }
        DerivedQuery.Action action = switch (prefix.group(1)) {
            case "count" -> DerivedQuery.Action.COUNT;
            case "exists" -> DerivedQuery.Action.EXISTS;
            case "delete", "remove" -> DerivedQuery.Action.DELETE;
            default -> DerivedQuery.Action.FIND;
        };
        boolean distinct = prefix.group(2) != null;
        int limit = 0;
        if (prefix.group(3) != null) {
            limit = prefix.group(4).isEmpty() ? 1 : parseLimit(method, prefix.group(4));
        }
        String rest = prefix.group(5);
        String criteria = "";
        String order = "";
        Matcher orderBy = ORDER_BY.matcher(rest);
        int orderAt = orderBy.find() ? orderBy.start() : -1;
        String head = orderAt >= 0 ? rest.substring(0, orderAt) : rest;
        if (orderAt >= 0) {
            order = rest.substring(orderAt + "OrderBy".length());
        }
        int by = byIndex(head);
        if (by >= 0) {
            criteria = head.substring(by + 2);
            if (criteria.isEmpty() && orderAt < 0) {
                throw new MethodNameException(ErrorMessages.emptyCriteria(method));
            }
        }
        boolean allIgnoreCase = false;
        if (criteria.endsWith("AllIgnoreCase") || criteria.endsWith("AllIgnoringCase")) {
            allIgnoreCase = true;
            criteria = criteria.substring(0, criteria.lastIndexOf("All"));
        }
        List<List<DerivedQuery.Criterion>> groups = new ArrayList<>();
        if (!criteria.isEmpty()) {
            for (String group : SPLIT_OR.split(criteria, -1)) {
                List<DerivedQuery.Criterion> and = new ArrayList<>();
                for (String part : SPLIT_AND.split(group, -1)) {
                    and.add(criterion(method, part, allIgnoreCase));
                }
                groups.add(and);
            }
        }
        List<DerivedQuery.Order> orders = new ArrayList<>();
        if (orderAt >= 0) {
            orders.addAll(orders(method, order));
        }
        return new DerivedQuery(action, distinct, limit, groups, orders);
    }

    /** The index of the {@code By} that starts the criteria, or -1. */
    private static int byIndex(String head) {
        for (int i = 0; i + 1 < head.length(); i++) {
            if (head.startsWith("By", i) && (i + 2 == head.length() || Character.isUpperCase(head.charAt(i + 2)))) {
                return i;
            }
        }
        return -1;
    }

    private static int parseLimit(String method, String digits) {
        try {
            int limit = Integer.parseInt(digits);
            if (limit > 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new MethodNameException(ErrorMessages.badLimit(method, digits));
    }

    private DerivedQuery.Criterion criterion(String method, String part, boolean allIgnoreCase) {
        if (part.isEmpty()) {
            throw new MethodNameException(ErrorMessages.emptyCriteria(method));
        }
        boolean ignoreCase = allIgnoreCase;
        for (String keyword : IGNORE_CASE) {
            if (part.endsWith(keyword) && part.length() > keyword.length()) {
                part = part.substring(0, part.length() - keyword.length());
                ignoreCase = true;
                break;
            }
        }
        // The longest operator keyword whose remaining prefix is a property wins; no keyword means equals.
        String bestGuess = null;
        for (Keyword keyword : KEYWORDS) {
            if (part.endsWith(keyword.text()) && part.length() > keyword.text().length()) {
                String candidate = decapitalize(part.substring(0, part.length() - keyword.text().length()));
                if (properties.contains(candidate)) {
                    return new DerivedQuery.Criterion(candidate, keyword.operator(), ignoreCase);
                }
                if (bestGuess == null) {
                    bestGuess = candidate;
                }
            }
        }
        String whole = decapitalize(part);
        if (properties.contains(whole)) {
            return new DerivedQuery.Criterion(whole, Operator.EQUALS, ignoreCase);
        }
        throw unknownProperty(method, bestGuess != null && closest(bestGuess).isPresent() ? bestGuess : whole);
    }

    private List<DerivedQuery.Order> orders(String method, String order) {
        List<DerivedQuery.Order> orders = new ArrayList<>();
        if (order.isEmpty()) {
            throw new MethodNameException(ErrorMessages.emptyOrderBy(method));
        }
        // Split into terms at each Asc/Desc, then at property boundaries.
        int start = 0;
        while (start < order.length()) {
            DerivedQuery.Order next = null;
            int end = -1;
            for (int i = order.length(); i > start; i--) {
                String piece = order.substring(start, i);
                boolean descending = false;
                String property = piece;
                if (piece.endsWith("Desc")) {
                    descending = true;
                    property = piece.substring(0, piece.length() - 4);
                } else if (piece.endsWith("Asc")) {
                    property = piece.substring(0, piece.length() - 3);
                }
                if (!property.isEmpty() && properties.contains(decapitalize(property))
                        && (i == order.length() || Character.isUpperCase(order.charAt(i)))) {
                    next = new DerivedQuery.Order(decapitalize(property), descending);
                    end = i;
                    break;
                }
            }
            if (next == null) {
                String unknown = order.substring(start).replaceAll("(Asc|Desc)$", "");
                throw unknownProperty(method, decapitalize(unknown));
            }
            orders.add(next);
            start = end;
        }
        return orders;
    }

    private MethodNameException unknownProperty(String method, String property) {
        return new MethodNameException(ErrorMessages.unknownProperty(method, property, entity,
                closest(property).orElse(null), properties));
    }

    /** The property closest to {@code name} by edit distance, if it is close enough to be a typo. */
    Optional<String> closest(String name) {
        return closest(name, properties);
    }

    /**
     * The candidate closest to {@code name} by edit distance, ignoring case, if it is close
     * enough to be a typo; ties go to the alphabetically first.
     */
    static Optional<String> closest(String name, List<String> candidates) {
        String lower = name.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(p -> distance(lower, p.toLowerCase(Locale.ROOT)) <= Math.max(2, p.length() / 3))
                .min(Comparator.comparingInt((String p) -> distance(lower, p.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Levenshtein distance, counting a swap of two neighbouring letters as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private record Keyword(String text, Operator operator) {
    }

    /** Every operator keyword, longest first. */
    private static final List<Keyword> KEYWORDS = Arrays.stream(Operator.values())
            .flatMap(op -> op.keywords().stream().map(k -> new Keyword(k, op)))
            .sorted(Comparator.comparingInt((Keyword k) -> -k.text().length()).thenComparing(Keyword::text))
            .toList();

    /** A method name that is not a valid derived query; the message says why. */
    public static final class MethodNameException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MethodNameException(String message) {
            super(message, null, false, false);
        }
    }
}
