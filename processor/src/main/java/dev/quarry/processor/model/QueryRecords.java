package dev.quarry.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.sql.CheckedSql;
import dev.quarry.processor.util.Names;
import dev.quarry.processor.util.ValueKinds;
import dev.quarry.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the user record a {@code @Query} method returns rows of: each component must match a
 * select list item by name ({@code authorId} matches {@code author_id} or an alias
 * {@code authorId}), each item a component, and a component read from an entity column must
 * have the column's type.
 */
final class QueryRecords {
    private QueryRecords() {
    }

    /** {@code element} as a non-generic record other than the entity, if it is one. */
    static Optional<TypeElement> record(TypeMirror element, EntityDescriptor entity) {
        if (element instanceof DeclaredType declared && declared.asElement().getKind() == ElementKind.RECORD
                && declared.getTypeArguments().isEmpty() && !TypeName.get(element).equals(entity.entity())) {
            return Optional.of((TypeElement) declared.asElement());
        }
        return Optional.empty();
    }

    /** Matches the record's components to the select list of {@code sql}; errors go into {@code report}. */
    static Optional<ResultRecordDescriptor> describe(ExecutableElement method, TypeElement record, CheckedSql sql,
            ValidationReport.Builder report) {
        String name = method.getSimpleName().toString();
        String recordName = record.getQualifiedName().toString();
        List<? extends RecordComponentElement> components = record.getRecordComponents();
        List<String> columns = components.stream().map(c -> Names.snakeCase(c.getSimpleName().toString())).toList();
        if (sql.items().stream().anyMatch(CheckedSql.Item::star)) {
            report.error(ErrorMessages.queryRecordStar(name, recordName, columns), method);
            return Optional.empty();
        }
        boolean clean = true;
        boolean[] used = new boolean[sql.items().size()];
        List<ResultRecordDescriptor.Component> described = new ArrayList<>();
        for (RecordComponentElement component : components) {
            String componentName = component.getSimpleName().toString();
            TypeMirror type = component.asType();
            int index = indexOf(sql.items(), componentName, used);
            Optional<ValueKind> kind = ValueKinds.classify(type);
            if (kind.isEmpty()) {
                report.error(ErrorMessages.queryRecordComponentUnsupported(name, recordName, componentName,
                        type.toString(), ValueKinds.replacement(type).orElse(null), ValueKinds.SUPPORTED), method);
                clean = false;
            }
            if (index < 0) {
                List<String> named = sql.items().stream().map(CheckedSql.Item::name)
                        .filter(item -> item != null).toList();
                report.error(ErrorMessages.queryRecordMissingItem(name, recordName, componentName,
                        Names.snakeCase(componentName), closest(Names.snakeCase(componentName), named),
                        sql.items().stream().map(CheckedSql.Item::text).toList()), method);
                clean = false;
                continue;
            }
            used[index] = true;
            ColumnDescriptor column = sql.items().get(index).column();
            TypeName declared = TypeName.get(type);
            if (kind.isPresent() && column != null && (!declared.box().equals(column.boxedType())
                    || (column.nullable() && declared.isPrimitive()))) {
                report.error(ErrorMessages.queryRecordComponentType(name, recordName, componentName,
                        declared.toString(), column.name(), column.javaType().toString()), method);
                clean = false;
            }
            kind.ifPresent(k -> described.add(new ResultRecordDescriptor.Component(componentName, declared, k,
                    index + 1)));
        }
        List<String> componentNames = components.stream().map(c -> c.getSimpleName().toString()).toList();
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                CheckedSql.Item item = sql.items().get(i);
                report.error(ErrorMessages.queryRecordExtraItem(name, recordName, item.text(), item.name(),
                        componentNames), method);
                clean = false;
            }
        }
        return clean ? Optional.of(new ResultRecordDescriptor(ClassName.get(record), described)) : Optional.empty();
    }

    /** The first unused item named like the component ({@code author_id} or {@code authorid}), else -1. */
    private static int indexOf(List<CheckedSql.Item> items, String component, boolean[] used) {
        String snake = Names.snakeCase(component);
        String lower = component.toLowerCase(Locale.ROOT);
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i).name();
            if (!used[i] && item != null && (item.equals(snake) || item.equals(lower))) {
                return i;
            }
        }
        return -1;
    }

    private static String closest(String name, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = Names.editDistance(name, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }
}
