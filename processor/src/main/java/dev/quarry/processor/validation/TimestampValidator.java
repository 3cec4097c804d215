package dev.quarry.processor.validation;

import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.ColumnDescriptors;
import dev.quarry.processor.util.Property;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.util.ValueKinds;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/**
 * Checks the {@code @CreatedAt} and {@code @UpdatedAt} columns of an entity: their type, that
 * there is at most one of each, that neither is the key, and that no column is both.
 */
final class TimestampValidator {
    private static final Set<String> TYPES =
            Set.of("java.time.Instant", "java.time.OffsetDateTime", "java.time.LocalDateTime");

    void validate(String entity, List<Property> columns, ValidationReport.Builder report) {
        validate(entity, columns, RuntimeTypes.CREATED_AT, "@CreatedAt", report);
        validate(entity, columns, RuntimeTypes.UPDATED_AT, "@UpdatedAt", report);
        for (Property column : columns) {
            if (column.annotation(RuntimeTypes.CREATED_AT).isPresent()) {
                column.annotation(RuntimeTypes.UPDATED_AT).ifPresent(updated ->
                        report.error(ErrorMessages.timestampBoth(column.name()), column.location(), updated));
            }
        }
    }

    private static void validate(String entity, List<Property> columns, String annotationType, String annotation,
            ValidationReport.Builder report) {
        Property first = null;
        for (Property column : columns) {
            AnnotationMirror mirror = column.annotation(annotationType).orElse(null);
            if (mirror == null) {
                continue;
            }
            String type = ValueKinds.erasedName(column.type());
            if (!TYPES.contains(type)) {
                report.error(ErrorMessages.timestampType(annotation, column.name(), type), column.location(), mirror);
            }
            if (ColumnDescriptors.isId(column)) {
                report.error(ErrorMessages.timestampOnId(annotation, column.name(), entity), column.location(), mirror);
            }
            if (first == null) {
                first = column;
            } else {
                report.error(ErrorMessages.timestampTwice(annotation, entity, column.name(), first.name()),
                        column.location(), mirror);
            }
        }
    }
}
