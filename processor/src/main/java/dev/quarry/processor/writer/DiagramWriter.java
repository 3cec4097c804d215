package dev.quarry.processor.writer;

import dev.quarry.processor.diagnostic.AbortProcessingException;
import dev.quarry.processor.diagnostic.Diagnostics;
import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.ColumnDescriptor;
import dev.quarry.processor.model.EntityDescriptor;
import dev.quarry.processor.model.ForeignKeyDescriptor;
import dev.quarry.processor.model.JoinTableDescriptor;
import dev.quarry.processor.model.RelationDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@value #FILE_NAME} next to a package's {@code Tables} class (in the class output): a
 * Mermaid {@code erDiagram} of the package's tables with their columns, the join tables Quarry
 * generates for them, and one line per link between two tables (a foreign key, and the
 * relationships over it), labelled with the relationship properties.
 *
 * <p>Every entity name is quoted: Mermaid's lexer reads keywords such as {@code one}, {@code to}
 * or {@code many} at the start of an unquoted name.
 */
public final class DiagramWriter {
    /** The resource's file name, in the package's directory. */
    public static final String FILE_NAME = "entities.mmd";

    private static final String INDENT = "    ";

    private final Filer filer;
    private final Diagnostics diagnostics;

    public DiagramWriter(Filer filer, Diagnostics diagnostics) {
        this.filer = filer;
        this.diagnostics = diagnostics;
    }

    /**
     * Writes the diagram of {@code entities}, the entities of package {@code packageName}. On
     * failure reports an error on the first originating element and throws
     * {@link AbortProcessingException}.
     */
    public void write(String packageName, List<EntityDescriptor> entities, List<? extends Element> originatingElements) {
        String text = render(entities);
        String name = (packageName.isEmpty() ? "" : packageName + ".") + FILE_NAME;
        try {
            FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, packageName, FILE_NAME,
                    originatingElements.toArray(new Element[0]));
            try (Writer writer = file.openWriter()) {
                writer.write(text);
            }
        } catch (IOException e) {
            diagnostics.error(ErrorMessages.writeFailed(name, String.valueOf(e.getMessage())),
                    originatingElements.isEmpty() ? null : originatingElements.get(0));
            throw new AbortProcessingException();
        }
    }

    /** The Mermaid text: tables in entity-name order (each followed by its join tables), then the links in table order. */
    public static String render(List<EntityDescriptor> entities) {
        List<EntityDescriptor> sorted = entities.stream()
                .sorted(Comparator.comparing(EntityDescriptor::qualifiedName))
                .toList();
        StringBuilder out = new StringBuilder("erDiagram\n");
        Map<List<String>, Link> links = new TreeMap<>(Comparator.comparing((List<String> key) -> key.get(0))
                .thenComparing(key -> key.get(1))
                .thenComparing(key -> key.get(2)));
        for (EntityDescriptor entity : sorted) {
            table(out, entity);
            for (JoinTableDescriptor joinTable : entity.joinTables()) {
                joinTable(out, joinTable);
            }
            addLinks(entity, links);
        }
        for (Map.Entry<List<String>, Link> entry : links.entrySet()) {
            List<String> key = entry.getKey();
            Link link = entry.getValue();
            out.append(INDENT).append(entityName(key.get(0))).append(' ')
                    .append(link.nullable ? "|o" : "||").append("--").append(link.oneToOne ? "o|" : "o{")
                    .append(' ').append(entityName(key.get(1))).append(" : \"")
                    .append(clean(link.labels.isEmpty() ? key.get(2) : String.join(", ", link.labels)))
                    .append("\"\n");
        }
        return out.toString();
    }

    private static void table(StringBuilder out, EntityDescriptor entity) {
        List<String> foreignKeys = entity.foreignKeys().stream().map(ForeignKeyDescriptor::column).toList();
        List<String> lines = new ArrayList<>();
        for (ColumnDescriptor column : entity.columns()) {
            List<String> keys = new ArrayList<>();
            if (column.id()) {
                keys.add("PK");
            }
            if (foreignKeys.contains(column.name())) {
                keys.add("FK");
            }
            if (unique(entity, column.name())) {
                keys.add("UK");
            }
            List<String> notes = new ArrayList<>();
            if (column.generated()) {
                notes.add("generated");
            }
            if (column.nullable()) {
                notes.add("nullable");
            }
            if (column.hasServerDefault()) {
                notes.add("default " + column.serverDefault());
            }
            lines.add(attribute(column.kind().name(), column.name(), keys, notes));
        }
        block(out, entity.table(), lines);
    }

    private static void joinTable(StringBuilder out, JoinTableDescriptor joinTable) {
        List<String> lines = new ArrayList<>();
        for (JoinTableDescriptor.Column column : List.of(joinTable.sourceColumn(), joinTable.targetColumn())) {
            lines.add(attribute(column.kind().name(), column.name(), List.of("PK", "FK"), List.of()));
        }
        block(out, joinTable.name(), lines);
    }

    private static void block(StringBuilder out, String table, List<String> attributes) {
        out.append(INDENT).append(entityName(table)).append(" {\n");
        for (String attribute : attributes) {
            out.append(INDENT).append(INDENT).append(attribute).append('\n');
        }
        out.append(INDENT).append("}\n");
    }

    /** {@code LONG author_id FK "nullable"}; a column name Mermaid cannot show as is keeps its real name in the comment. */
    private static String attribute(String type, String column, List<String> keys, List<String> notes) {
        String name = attributeName(column);
        List<String> comment = new ArrayList<>(notes);
        if (!name.equals(column)) {
            comment.add(0, "column " + column);
        }
        StringBuilder line = new StringBuilder(type).append(' ').append(name);
        if (!keys.isEmpty()) {
            line.append(' ').append(String.join(", ", keys));
        }
        if (!comment.isEmpty()) {
            line.append(" \"").append(clean(String.join(", ", comment))).append('"');
        }
        return line.toString();
    }

    /** Adds the entity's foreign keys, its generated join tables' and its relationships' links. */
    private static void addLinks(EntityDescriptor entity, Map<List<String>, Link> links) {
        for (ForeignKeyDescriptor foreignKey : entity.foreignKeys()) {
            Link link = link(links, foreignKey.referencedTable(), entity.table(), foreignKey.column());
            link.nullable |= entity.columns().stream()
                    .anyMatch(column -> column.name().equals(foreignKey.column()) && column.nullable());
            link.oneToOne |= unique(entity, foreignKey.column());
        }
        for (JoinTableDescriptor joinTable : entity.joinTables()) {
            for (JoinTableDescriptor.Column column : List.of(joinTable.sourceColumn(), joinTable.targetColumn())) {
                link(links, column.referencedTable(), joinTable.name(), column.name());
            }
        }
        for (RelationDescriptor relation : entity.relations()) {
            List<Link> related = new ArrayList<>();
            if (relation.kind() == RelationDescriptor.Kind.MANY_TO_MANY) {
                related.add(link(links, entity.table(), relation.joinTable(), relation.joinSourceColumn()));
                related.add(link(links, relation.targetTable(), relation.joinTable(), relation.joinTargetColumn()));
            } else {
                Link link = relation.foreignKeyInSource()
                        ? link(links, relation.targetTable(), entity.table(), relation.sourceColumn())
                        : link(links, entity.table(), relation.targetTable(), relation.targetColumn());
                link.nullable |= relation.optional();
                link.oneToOne |= relation.kind() == RelationDescriptor.Kind.ONE_TO_ONE;
                related.add(link);
            }
            related.forEach(link -> link.labels.add(relation.property()));
        }
    }

    private static Link link(Map<List<String>, Link> links, String one, String many, String column) {
        return links.computeIfAbsent(List.of(one, many, column), key -> new Link());
    }

    /** Whether the column alone is unique: {@code @Column(unique = true)} or a unique one-column {@code @Index}. */
    private static boolean unique(EntityDescriptor entity, String column) {
        return entity.indexes().stream().anyMatch(index -> index.unique() && index.columns().equals(List.of(column)));
    }

    /** A quoted entity name, without the characters a quoted Mermaid name cannot hold. */
    private static String entityName(String table) {
        return "\"" + table.replaceAll("[\"%\\\\\\p{Cntrl}]", "_") + "\"";
    }

    /**
     * A column name as a Mermaid attribute name: letters, digits and {@code _}, not starting with
     * a digit, and not a key marker ({@code PK}, {@code FK}, {@code UK}).
     */
    private static String attributeName(String column) {
        String name = column.replaceAll("[^A-Za-z0-9_]", "_");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
            name = "_" + name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("pk") || lower.equals("fk") || lower.equals("uk") ? name + "_" : name;
    }

    /** Text inside double quotes. */
    private static String clean(String text) {
        return text.replace('"', '\'').replaceAll("\\p{Cntrl}", " ");
    }

    /** A line between two tables: the referenced ("one") side and the referencing ("many") side. */
    private static final class Link {
        private final Set<String> labels = new LinkedHashSet<>();
        private boolean nullable;
        private boolean oneToOne;
    }
}
