package dev.quarry.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.EntityDescriptors;
import dev.quarry.processor.model.JoinTableDescriptor;
import dev.quarry.processor.model.RelationDescriptor;
import dev.quarry.processor.model.RelationDescriptors;
import dev.quarry.processor.util.MemberAccess;
import dev.quarry.processor.util.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.TypeElement;

/**
 * Checks an entity's relationships: each one on its own (through {@link RelationDescriptors}),
 * then that the join tables it generates do not share a name with the entity's table or with
 * each other.
 */
final class RelationValidator {
    private final RelationDescriptors descriptors;

    RelationValidator(MemberAccess access) {
        this.descriptors = new RelationDescriptors(access);
    }

    void validate(TypeElement entity, ValidationReport.Builder report) {
        List<RelationDescriptor> relations = descriptors.create(entity, report);
        String entityName = entity.getSimpleName().toString();
        String table = EntityDescriptors.tableName(entity);
        List<RelationDescriptor> generating = new ArrayList<>();
        for (RelationDescriptor relation : relations) {
            JoinTableDescriptor joinTable = relation.generatedJoinTable();
            if (joinTable == null) {
                continue;
            }
            String user = null;
            if (joinTable.name().equalsIgnoreCase(table)) {
                user = "the table of " + entityName;
            }
            for (RelationDescriptor other : generating) {
                if (user == null && clashes(joinTable, other.generatedJoinTable())) {
                    user = "the join table of " + entityName + "." + other.property();
                }
            }
            if (user != null) {
                Property property = Property.of(entity).stream()
                        .filter(p -> p.name().equals(relation.property()))
                        .findFirst()
                        .orElseThrow();
                report.error(ErrorMessages.joinTableTaken(relation.property(), joinTable.name(), user),
                        property.location(), property.relationshipAnnotations().get(0));
            }
            generating.add(relation);
            for (Property property : Property.mappedOf(entity)) {
                if (property.name().equals(joinTable.constant())) {
                    report.error(ErrorMessages.memberNameTaken(property.name(),
                            EntityDescriptors.metamodelName(ClassName.get(entity)).simpleName()
                                    + "." + property.name()), property.location());
                }
            }
        }
    }

    private static boolean clashes(JoinTableDescriptor one, JoinTableDescriptor other) {
        return one.name().toLowerCase(Locale.ROOT).equals(other.name().toLowerCase(Locale.ROOT))
                || one.constant().equals(other.constant());
    }
}
