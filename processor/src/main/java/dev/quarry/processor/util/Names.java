package dev.quarry.processor.util;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Quarry's naming rules: table, column, constant and generated type names. */
public final class Names {
    /** Suffix of a metamodel class: {@code User} → {@code User_}. */
    public static final String METAMODEL_SUFFIX = "_";

    /** Suffix of a mapper class: {@code User} → {@code User_Mapper}. */
    public static final String MAPPER_SUFFIX = "_Mapper";

    /** The per-package class listing every entity table. */
    public static final String TABLES_CLASS = "Tables";

    /** The metamodel field holding the table schema. */
    public static final String SCHEMA_FIELD = "SCHEMA";

    /** Suffix of the metamodel constants holding generated join tables: {@code POST_TAGS_JOIN_TABLE}. */
    public static final String JOIN_TABLE_SUFFIX = "_JOIN_TABLE";

    /** The nested record of a composite key. */
    public static final String KEY_RECORD = "Key";

    /** The longest identifier PostgreSQL keeps, in bytes; it truncates longer ones. */
    public static final int MAX_IDENTIFIER_BYTES = 63;

    private Names() {
    }

    /**
     * {@code BlogPost} → {@code blog_post}, {@code createdAt} → {@code created_at},
     * {@code HTTPServer} → {@code http_server}, {@code line2No} → {@code line2_no}.
     */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && startsWord(name, i)) {
                if (out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static boolean startsWord(String name, int i) {
        char previous = name.charAt(i - 1);
        if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
            return true;
        }
        return Character.isUpperCase(previous) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    }

    /** {@code BlogPost} → {@code BLOG_POST}: the metamodel constant of an entity. */
    public static String constantName(String simpleName) {
        return snakeCase(simpleName).toUpperCase(Locale.ROOT);
    }

    /**
     * The flattened simple name of a possibly nested type, given its simple names from the
     * outermost: {@code [Outer, Inner]} → {@code Outer_Inner}.
     */
    public static String flatName(Iterable<String> simpleNames) {
        return String.join("_", simpleNames);
    }

    /** A unique constraint from {@code @Column(unique = true)}: {@code ux_<table>_<column>}. */
    public static String uniqueName(String table, String column) {
        return "ux_" + table + "_" + column;
    }

    /** An index from {@code @Column(index = true)}: {@code ix_<table>_<column>}. */
    public static String indexName(String table, String column) {
        return "ix_" + table + "_" + column;
    }

    /** The default name of a table-level index: {@code ix_<table>_<col1>_<col2>} ({@code ux_} when unique). */
    public static String indexName(String table, Iterable<String> columns, boolean unique) {
        return (unique ? "ux_" : "ix_") + table + "_" + String.join("_", columns);
    }

    /** The default foreign-key name: {@code fk_<table>_<column>}. */
    public static String foreignKeyName(String table, String column) {
        return "fk_" + table + "_" + column;
    }

    /**
     * The check constraint of an enum column: {@code <table>_<column>_check}. A name longer than
     * {@link #MAX_IDENTIFIER_BYTES} bytes (UTF-8) is shortened the way PostgreSQL shortens the names
     * it generates: characters are dropped from the end of the longer of table and column until it
     * fits, so the database keeps the name as written.
     */
    public static String checkName(String table, String column) {
        return shortenedName(table, column, "check");
    }

    private static String shortenedName(String first, String second, String label) {
        int available = MAX_IDENTIFIER_BYTES - utf8Length(label) - 2;
        StringBuilder a = new StringBuilder(first);
        StringBuilder b = new StringBuilder(second);
        while (utf8Length(a) + utf8Length(b) > available) {
            StringBuilder longer = utf8Length(a) > utf8Length(b) ? a : b;
            longer.setLength(longer.offsetByCodePoints(longer.length(), -1));
        }
        return a + "_" + b + "_" + label;
    }

    private static int utf8Length(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** The default join table of a {@code @ManyToMany}: {@code <table>_<property in snake_case>}. */
    public static String joinTableName(String table, String property) {
        return table + "_" + snakeCase(property);
    }

    /**
     * The default join-table column referencing an entity: {@code <entity in snake_case>_<key column>},
     * such as {@code post_id}.
     */
    public static String joinColumnName(String entitySimpleName, String keyColumn) {
        return snakeCase(entitySimpleName) + "_" + keyColumn;
    }

    /**
     * The metamodel constant holding a generated join table's schema: {@code post_tags} →
     * {@code POST_TAGS_JOIN_TABLE}; characters not allowed in a Java name become {@code _}.
     */
    public static String joinTableConstant(String table) {
        StringBuilder out = new StringBuilder();
        for (char c : table.toUpperCase(Locale.ROOT).toCharArray()) {
            out.append(c < 128 && Character.isLetterOrDigit(c) ? c : '_');
        }
        if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
            out.insert(0, '_');
        }
        return out + JOIN_TABLE_SUFFIX;
    }

    /** The conventional getter of a property: {@code getName}, or {@code isActive} for a boolean. */
    public static String getter(String property, boolean isPrefix) {
        return (isPrefix ? "is" : "get") + capitalize(property);
    }

    /** The conventional setter of a property: {@code setName}. */
    public static String setter(String property) {
        return "set" + capitalize(property);
    }

    /** {@code PostTag} → {@code postTag}. */
    public static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The Levenshtein distance: single-character insertions, deletions and substitutions. */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
