package dev.quarry.processor.validation;

import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.ColumnDescriptors;
import dev.quarry.processor.util.Property;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.util.ValueKinds;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/** Checks the {@code @Version} column of an entity: its type, that there is one, and that it is not the key. */
final class VersionValidator {
    private static final Set<String> TYPES = Set.of("int", "long", "java.lang.Integer", "java.lang.Long");

    void validate(String entity, List<Property> columns, ValidationReport.Builder report) {
        Property first = null;
        for (Property column : columns) {
            AnnotationMirror version = column.annotation(RuntimeTypes.VERSION).orElse(null);
            if (version == null) {
                continue;
            }
            String type = ValueKinds.erasedName(column.type());
            if (!TYPES.contains(type)) {
                report.error(ErrorMessages.versionType(column.name(), type), column.location(), version);
            }
            if (ColumnDescriptors.isId(column)) {
                report.error(ErrorMessages.versionOnId(column.name(), entity), column.location(), version);
            }
            if (first == null) {
                first = column;
            } else {
                report.error(ErrorMessages.versionTwice(entity, column.name(), first.name()), column.location(), version);
            }
        }
    }
}
