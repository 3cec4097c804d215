package dev.quarry.processor.validation;

import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.Instantiation;
import dev.quarry.processor.util.MemberAccess;
import dev.quarry.processor.util.Names;
import dev.quarry.processor.util.Property;
import dev.quarry.processor.util.ValueKinds;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/** Checks that the generated mapper can create the entity and read (and, if needed, write) every column. */
final class AccessValidator {
    private final MemberAccess access;

    AccessValidator(MemberAccess access) {
        this.access = access;
    }

    void validate(TypeElement entity, List<Property> columns, ValidationReport.Builder report) {
        Optional<Instantiation> instantiation = access.instantiation(entity, columns);
        if (instantiation.isEmpty()) {
            String parameters = columns.stream()
                    .map(column -> ValueKinds.erasedName(column.type()) + " " + column.name())
                    .collect(Collectors.joining(", "));
            report.error(ErrorMessages.noConstructor(entity.getSimpleName().toString(), parameters), entity);
        }
        for (Property column : columns) {
            String type = ValueKinds.erasedName(column.type());
            if (access.reader(entity, column).isEmpty()) {
                boolean isPrefix = column.type().getKind() == TypeKind.BOOLEAN;
                report.error(ErrorMessages.notReadable(column.name(), Names.getter(column.name(), isPrefix), type),
                        column.location());
            }
            if (instantiation.orElse(null) == Instantiation.NO_ARG_CONSTRUCTOR
                    && access.writer(entity, column).isEmpty()) {
                report.error(ErrorMessages.notWritable(column.name(), why(column), Names.setter(column.name()), type),
                        column.location());
            }
        }
    }

    private static String why(Property column) {
        boolean isPrivate = column.field().getModifiers().contains(Modifier.PRIVATE);
        boolean isFinal = column.field().getModifiers().contains(Modifier.FINAL);
        return isPrivate && isFinal ? "private and final" : isPrivate ? "private" : "final";
    }
}
