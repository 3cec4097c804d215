package dev.quarry.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.EntityDescriptors;
import dev.quarry.processor.util.Names;
import dev.quarry.processor.util.Property;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Checks that the names Quarry generates are free: the metamodel, mapper and {@code Tables}
 * types are not declared by the user, and no property or constant clashes with a generated member.
 */
final class NameValidator {

    /** {@code properties}: the columns and relationships, each a field of the metamodel. */
    void validate(TypeElement entity, List<Property> properties, Set<String> sourceTypes,
            ValidationReport.Builder report) {
        ClassName entityClass = ClassName.get(entity);
        String entityName = entity.getSimpleName().toString();
        ClassName metamodel = EntityDescriptors.metamodelName(entityClass);
        ClassName tables = ClassName.get(entityClass.packageName(), Names.TABLES_CLASS);
        for (ClassName generated : List.of(metamodel, EntityDescriptors.mapperName(entityClass), tables)) {
            if (sourceTypes.contains(generated.canonicalName())) {
                report.error(ErrorMessages.typeNameTaken(generated.canonicalName(), entityName), entity);
            }
        }
        String constant = EntityDescriptors.constantName(entity);
        if (constant.equals(Names.SCHEMA_FIELD)) {
            report.error(ErrorMessages.constantNameTaken(entityName, constant,
                    "the schema field " + metamodel.simpleName() + "." + Names.SCHEMA_FIELD), entity);
        }
        for (Property property : properties) {
            if (property.name().equals(Names.SCHEMA_FIELD) || property.name().equals(constant)) {
                report.error(ErrorMessages.memberNameTaken(property.name(),
                        metamodel.simpleName() + "." + property.name()), property.location());
            }
        }
    }
}
