package dev.quarry.processor.validation;

import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.ColumnDescriptors;
import dev.quarry.processor.util.Annotations;
import dev.quarry.processor.util.Property;
import dev.quarry.processor.util.Names;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/** Checks table-level {@code @Index} annotations: at least one column, each a column property. */
final class IndexValidator {

    void validate(TypeElement entity, List<Property> columns, ValidationReport.Builder report) {
        String entityName = entity.getSimpleName().toString();
        List<String> names = columns.stream().map(Property::name).toList();
        for (AnnotationMirror index : Annotations.indexes(entity)) {
            List<AnnotationValue> values = Annotations.arrayValue(index, "columns");
            if (values.isEmpty()) {
                report.error(ErrorMessages.indexEmpty(entityName), entity, index,
                        Annotations.explicitValue(index, "columns").orElse(null));
            }
            for (AnnotationValue value : values) {
                String name = (String) value.getValue();
                if (!names.contains(name)) {
                    report.error(ErrorMessages.indexUnknownProperty(entityName, name, suggestion(name, columns),
                            String.join(", ", names)), entity, index, value);
                }
            }
        }
    }

    /** The property meant by a misspelled name: one whose column has that name, or the closest spelling. */
    static String suggestion(String name, List<Property> columns) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Property column : columns) {
            if (ColumnDescriptors.columnName(column).equalsIgnoreCase(name)) {
                return column.name();
            }
            int distance = Names.editDistance(name.toLowerCase(Locale.ROOT), column.name().toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = column.name();
                bestDistance = distance;
            }
        }
        return bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }
}
