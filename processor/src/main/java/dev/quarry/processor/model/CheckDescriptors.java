package dev.quarry.processor.model;

import dev.quarry.processor.util.Names;
import dev.quarry.processor.util.Property;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Builds the check constraints of an entity's table: one per enum column, so the database refuses
 * a value that is not the name of one of the enum's constants.
 */
public final class CheckDescriptors {
    private CheckDescriptors() {
    }

    /**
     * The checks of the enum columns among {@code properties}, in column order. An enum without
     * constants gets none: {@code IN ()} is not SQL.
     */
    static List<CheckDescriptor> enumChecks(String table, List<Property> properties) {
        List<CheckDescriptor> checks = new ArrayList<>();
        for (Property property : properties) {
            List<String> constants = enumConstants(property);
            if (!constants.isEmpty()) {
                String column = ColumnDescriptors.columnName(property);
                checks.add(new CheckDescriptor(Names.checkName(table, column), inList(column, constants)));
            }
        }
        return checks;
    }

    /** The constant names of the property's enum type in declaration order; empty if it is not an enum. */
    private static List<String> enumConstants(Property property) {
        if (property.type().getKind() != TypeKind.DECLARED) {
            return List.of();
        }
        Element type = ((DeclaredType) property.type()).asElement();
        if (type.getKind() != ElementKind.ENUM) {
            return List.of();
        }
        return ((TypeElement) type).getEnclosedElements().stream()
                .filter(member -> member.getKind() == ElementKind.ENUM_CONSTANT)
                .map(member -> member.getSimpleName().toString())
                .toList();
    }

    /** {@code "column" IN ('A', 'B')}: the column quoted with double quotes, each value with single quotes. */
    public static String inList(String column, List<String> values) {
        StringBuilder sql = new StringBuilder()
                .append('"').append(column.replace("\"", "\"\"")).append("\" IN (");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append('\'').append(values.get(i).replace("'", "''")).append('\'');
        }
        return sql.append(')').toString();
    }
}
