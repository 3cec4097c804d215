package dev.quarry.internal.migration;

import dev.quarry.internal.migration.SqlTokens.Kind;
import dev.quarry.internal.migration.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The canonical text of a SQL expression, for comparing what a model writes with what a catalog
 * reports: tokens re-spaced, keywords and unquoted names lower-cased, quotes dropped from plain
 * names, and parentheses removed where they cannot change the meaning. With {@code postgres},
 * also what PostgreSQL adds: casts ({@code ::type}) are dropped, quoted numbers unquoted,
 * {@code = ANY (ARRAY[..])} read as {@code IN (..)}, a one-value {@code IN} as {@code =}, and
 * {@code now()} as {@code current_timestamp}.
 */
final class ExpressionText {
    /** Words that continue a type name after a cast: {@code character varying}, {@code timestamp with time zone}. */
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone");
    private static final Set<String> LOGICAL = Set.of("and", "or", "not");
    /** Keywords followed by a space before a parenthesis (other words before one are function calls). */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "any", "all", "some", "exists",
            "between", "like", "ilike", "is", "when", "then", "else", "case", "check");
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Pattern QUOTED_NUMBER = Pattern.compile("'-?[0-9]+(\\.[0-9]+)?'");

    /** A token, or a bracketed group of nodes ({@code open} is {@code (} or {@code [}). */
    private sealed interface Node permits Leaf, Group {
    }

    private record Leaf(Token token) implements Node {
    }

    private record Group(char open, List<Node> children) implements Node {
    }

    private ExpressionText() {
    }

    static String normalize(String expression, boolean postgres) {
        List<Node> nodes = parse(canonicalTokens(SqlTokens.tokenize(expression), postgres), new int[] {0});
        if (nodes.size() == 2 && word(nodes.get(0), "check") && nodes.get(1) instanceof Group) {
            nodes.remove(0);
        }
        simplify(nodes, postgres);
        StringBuilder out = new StringBuilder(expression.length());
        print(nodes, out);
        return out.toString();
    }

    private static List<Token> canonicalTokens(List<Token> tokens, boolean postgres) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (postgres && token.kind() == Kind.CAST) {
                i = castEnd(tokens, i + 1) - 1;
                continue;
            }
            switch (token.kind()) {
                case WORD, NUMBER -> token = new Token(token.kind(), token.text().toLowerCase(Locale.ROOT));
                case IDENTIFIER -> {
                    if (PLAIN_NAME.matcher(token.text()).matches()) {
                        token = new Token(Kind.WORD, token.text());
                    }
                }
                case STRING -> {
                    if (postgres && QUOTED_NUMBER.matcher(token.text()).matches()) {
                        token = new Token(Kind.NUMBER, token.text().substring(1, token.text().length() - 1));
                    }
                }
                case OPERATOR -> {
                    if (token.text().equals("!=")) {
                        token = new Token(Kind.OPERATOR, "<>");
                    }
                }
                default -> {
                }
            }
            if (postgres && token.is(Kind.WORD, "now") && i + 2 < tokens.size() && tokens.get(i + 1).is(Kind.OPEN, "(")
                    && tokens.get(i + 2).is(Kind.CLOSE, ")")) {
                token = new Token(Kind.WORD, "current_timestamp");
                i += 2;
            }
            out.add(token);
        }
        return out;
    }

    /** The index after the type of a cast whose type starts at {@code start}. */
    private static int castEnd(List<Token> tokens, int start) {
        int i = start;
        if (i < tokens.size() && (tokens.get(i).kind() == Kind.WORD || tokens.get(i).kind() == Kind.IDENTIFIER)) {
            i++;
        }
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.WORD && TYPE_WORDS.contains(token.text().toLowerCase(Locale.ROOT))) {
                i++;
            } else if (token.is(Kind.OPEN, "[") && i + 1 < tokens.size() && tokens.get(i + 1).is(Kind.CLOSE, "]")) {
                i += 2;
            } else if (token.is(Kind.OPEN, "(")) {
                while (i < tokens.size() && !tokens.get(i).is(Kind.CLOSE, ")")) {
                    i++;
                }
                i++;
            } else {
                break;
            }
        }
        return Math.min(i, tokens.size());
    }

    /** The nodes from {@code at[0]} up to a closing bracket (consumed) or the end. */
    private static List<Node> parse(List<Token> tokens, int[] at) {
        List<Node> nodes = new ArrayList<>();
        while (at[0] < tokens.size()) {
            Token token = tokens.get(at[0]++);
            if (token.kind() == Kind.OPEN) {
                nodes.add(new Group(token.text().charAt(0), parse(tokens, at)));
            } else if (token.kind() == Kind.CLOSE) {
                return nodes;
            } else {
                nodes.add(new Leaf(token));
            }
        }
        return nodes;
    }

    private static void simplify(List<Node> nodes, boolean postgres) {
        for (Node node : nodes) {
            if (node instanceof Group group) {
                simplify(group.children(), postgres);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < nodes.size() && !changed; i++) {
                changed = simplifyAt(nodes, i, postgres);
            }
        }
    }

    private static boolean simplifyAt(List<Node> nodes, int i, boolean postgres) {
        if (postgres && arrayMembership(nodes, i)) {
            return true;
        }
        if (postgres && singleValueIn(nodes, i)) {
            return true;
        }
        if (!(nodes.get(i) instanceof Group group) || group.open() != '(') {
            return false;
        }
        List<Node> children = group.children();
        if (children.size() == 1 && children.get(0) instanceof Group inner && inner.open() == '(') {
            nodes.set(i, inner);
            return true;
        }
        boolean call = i > 0 && nodes.get(i - 1) instanceof Leaf leaf && leaf.token().kind() == Kind.WORD
                && !LOGICAL.contains(leaf.token().text());
        if (call || children.isEmpty()) {
            return false;
        }
        if (children.size() == 1 && children.get(0) instanceof Leaf) {
            nodes.set(i, children.get(0));
            return true;
        }
        if (removable(children, i == 0 ? null : nodes.get(i - 1), i + 1 < nodes.size() ? nodes.get(i + 1) : null)) {
            nodes.remove(i);
            nodes.addAll(i, children);
            return true;
        }
        return false;
    }

    /**
     * Whether parentheses around {@code content} between {@code before} and {@code after}
     * ({@code null} or a comma: nothing) can go: an {@code OR} chain only between {@code OR}s, an
     * {@code AND} chain also next to {@code OR}, anything binding tighter also after {@code NOT}.
     */
    private static boolean removable(List<Node> content, Node before, Node after) {
        boolean hasOr = content.stream().anyMatch(node -> word(node, "or"));
        boolean hasAnd = content.stream().anyMatch(node -> word(node, "and"));
        Set<String> allowedBefore = hasOr ? Set.of("or") : hasAnd ? Set.of("and", "or") : LOGICAL;
        Set<String> allowedAfter = hasOr ? Set.of("or") : Set.of("and", "or");
        return (edge(before) || allowedBefore.stream().anyMatch(keyword -> word(before, keyword)))
                && (edge(after) || allowedAfter.stream().anyMatch(keyword -> word(after, keyword)));
    }

    private static boolean edge(Node node) {
        return node == null || node instanceof Leaf leaf && leaf.token().kind() == Kind.COMMA;
    }

    /** {@code x = ANY (ARRAY[a, b])} as {@code x IN (a, b)}, {@code x <> ALL (ARRAY[..])} as {@code NOT IN}. */
    private static boolean arrayMembership(List<Node> nodes, int i) {
        if (i + 2 >= nodes.size() || !(nodes.get(i) instanceof Leaf operator)
                || !(nodes.get(i + 2) instanceof Group group) || group.open() != '(' || group.children().size() != 2
                || !word(group.children().get(0), "array") || !(group.children().get(1) instanceof Group items)
                || items.open() != '[') {
            return false;
        }
        boolean in = operator.token().is(Kind.OPERATOR, "=") && word(nodes.get(i + 1), "any");
        boolean notIn = operator.token().is(Kind.OPERATOR, "<>") && word(nodes.get(i + 1), "all");
        if (!in && !notIn) {
            return false;
        }
        List<Node> replacement = new ArrayList<>();
        if (notIn) {
            replacement.add(new Leaf(new Token(Kind.WORD, "not")));
        }
        replacement.add(new Leaf(new Token(Kind.WORD, "in")));
        replacement.add(new Group('(', new ArrayList<>(items.children())));
        nodes.subList(i, i + 3).clear();
        nodes.addAll(i, replacement);
        return true;
    }

    /** {@code x IN (a)} as {@code x = a}, {@code x NOT IN (a)} as {@code x <> a}, as PostgreSQL reports them. */
    private static boolean singleValueIn(List<Node> nodes, int i) {
        if (i + 1 >= nodes.size() || !word(nodes.get(i), "in") || !(nodes.get(i + 1) instanceof Group group)
                || group.open() != '(' || group.children().size() != 1 || !(group.children().get(0) instanceof Leaf)) {
            return false;
        }
        boolean not = i > 0 && word(nodes.get(i - 1), "not");
        int start = not ? i - 1 : i;
        Node value = group.children().get(0);
        nodes.subList(start, i + 2).clear();
        nodes.add(start, value);
        nodes.add(start, new Leaf(new Token(Kind.OPERATOR, not ? "<>" : "=")));
        return true;
    }

    private static boolean word(Node node, String word) {
        return node instanceof Leaf leaf && leaf.token().is(Kind.WORD, word);
    }

    private static void print(List<Node> nodes, StringBuilder out) {
        Node previous = null;
        for (Node node : nodes) {
            if (previous != null && spaced(previous, node)) {
                out.append(' ');
            }
            if (node instanceof Group group) {
                out.append(group.open());
                print(group.children(), out);
                out.append(group.open() == '(' ? ')' : ']');
            } else {
                Token token = ((Leaf) node).token();
                out.append(token.kind() == Kind.IDENTIFIER ? '"' + token.text().replace("\"", "\"\"") + '"' : token.text());
            }
            previous = node;
        }
    }

    private static boolean spaced(Node previous, Node node) {
        if (node instanceof Leaf leaf) {
            return leaf.token().kind() != Kind.COMMA;
        }
        Group group = (Group) node;
        return group.open() == '(' && !(previous instanceof Leaf leaf && leaf.token().kind() == Kind.WORD
                && !KEYWORDS.contains(leaf.token().text()));
    }
}
