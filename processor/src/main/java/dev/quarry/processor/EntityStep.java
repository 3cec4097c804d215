package dev.quarry.processor;

import com.palantir.javapoet.ClassName;
import dev.quarry.processor.diagnostic.AbortProcessingException;
import dev.quarry.processor.diagnostic.Diagnostics;
import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.EntityDescriptor;
import dev.quarry.processor.model.EntityDescriptors;
import dev.quarry.processor.model.TablesDescriptor;
import dev.quarry.processor.util.MemberAccess;
import dev.quarry.processor.util.Names;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.util.UnresolvedTypes;
import dev.quarry.processor.validation.EntityValidator;
import dev.quarry.processor.validation.ValidationReport;
import dev.quarry.processor.writer.DiagramWriter;
import dev.quarry.processor.writer.MapperWriter;
import dev.quarry.processor.writer.MetamodelWriter;
import dev.quarry.processor.writer.TablesWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Processes {@code @Entity} types: validate, describe, write {@code X_} and {@code X_Mapper};
 * then, in the first round with no entity left to process, each package's {@code Tables} and
 * its entity-relationship diagram.
 * Only names are kept between rounds, never elements.
 */
final class EntityStep implements ProcessingStep {
    private final Elements elements;
    private final Diagnostics diagnostics;
    private final EntityValidator validator;
    private final EntityDescriptors descriptors;
    private final MetamodelWriter metamodelWriter;
    private final MapperWriter mapperWriter;
    private final TablesWriter tablesWriter;
    private final DiagramWriter diagramWriter;

    /** Entities waiting for a type to be resolved: qualified name → the unresolved type. */
    private final Map<String, String> deferred = new TreeMap<>();
    /** Tables entries per package, written once no entity is left to process. */
    private final Map<String, List<TablesDescriptor.Entry>> pendingTables = new TreeMap<>();
    /** The entities per package, for the package's diagram, written with its {@code Tables}. */
    private final Map<String, List<EntityDescriptor>> pendingDiagrams = new TreeMap<>();
    private final Set<String> tablesWritten = new HashSet<>();
    /** Qualified names of the types declared in sources, and of those Quarry generated. */
    private final Set<String> sourceTypes = new HashSet<>();
    private final Set<String> generatedTypes = new HashSet<>();

    EntityStep(ProcessingEnvironment environment, Diagnostics diagnostics) {
        this.elements = environment.getElementUtils();
        this.diagnostics = diagnostics;
        MemberAccess access = new MemberAccess(elements, environment.getTypeUtils());
        this.validator = new EntityValidator(environment.getTypeUtils(), access);
        this.descriptors = new EntityDescriptors(access);
        this.metamodelWriter = new MetamodelWriter(environment.getFiler(), diagnostics);
        this.mapperWriter = new MapperWriter(environment.getFiler(), diagnostics);
        this.tablesWriter = new TablesWriter(environment.getFiler(), diagnostics);
        this.diagramWriter = new DiagramWriter(environment.getFiler(), diagnostics);
    }

    @Override
    public void process(RoundEnvironment round) {
        for (Element root : round.getRootElements()) {
            if (root instanceof TypeElement type && !generatedTypes.contains(type.getQualifiedName().toString())) {
                sourceTypes.add(type.getQualifiedName().toString());
            }
        }
        Map<String, TypeElement> work = new TreeMap<>();
        for (String name : deferred.keySet()) {
            Optional.ofNullable(elements.getTypeElement(name)).ifPresent(type -> work.put(name, type));
        }
        deferred.clear();
        TypeElement entityAnnotation = elements.getTypeElement(RuntimeTypes.ENTITY);
        if (entityAnnotation != null) {
            for (Element element : round.getElementsAnnotatedWith(entityAnnotation)) {
                TypeElement type = (TypeElement) element;
                work.put(type.getQualifiedName().toString(), type);
            }
        }
        work.values().forEach(this::processEntity);
        if (work.isEmpty() && !round.processingOver()) {
            writePendingTables();
        }
    }

    private void processEntity(TypeElement entity) {
        try {
            Optional<String> unresolved = UnresolvedTypes.find(entity);
            if (unresolved.isPresent()) {
                deferred.put(entity.getQualifiedName().toString(), unresolved.get());
                return;
            }
            ValidationReport report = validator.validate(entity, sourceTypes);
            report.printTo(diagnostics);
            if (!report.isClean()) {
                return;
            }
            EntityDescriptor entityDescriptor = descriptors.create(entity);
            String packageName = entityDescriptor.packageName();
            if (tablesWritten.contains(packageName)) {
                diagnostics.error(ErrorMessages.lateEntity(entity.getSimpleName().toString(),
                        tablesClass(packageName).canonicalName()), entity);
                return;
            }
            List<TablesDescriptor.Entry> entries = pendingTables.computeIfAbsent(packageName, p -> new ArrayList<>());
            for (TablesDescriptor.Entry other : entries) {
                if (other.constant().equals(entityDescriptor.constant())) {
                    diagnostics.error(ErrorMessages.constantNameTaken(entity.getSimpleName().toString(),
                            entityDescriptor.constant(), other.entity().canonicalName()), entity);
                    return;
                }
            }
            metamodelWriter.write(entityDescriptor, List.of(entity));
            generatedTypes.add(entityDescriptor.metamodel().canonicalName());
            mapperWriter.write(entityDescriptor, List.of(entity));
            generatedTypes.add(entityDescriptor.mapper().canonicalName());
            entries.add(TablesDescriptor.entryOf(entityDescriptor));
            pendingDiagrams.computeIfAbsent(packageName, p -> new ArrayList<>()).add(entityDescriptor);
        } catch (AbortProcessingException e) {
            // reported already; only this entity stops
        } catch (RuntimeException e) {
            diagnostics.internalError(entity, e);
        }
    }

    private void writePendingTables() {
        if (!deferred.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<TablesDescriptor.Entry>> pending : pendingTables.entrySet()) {
            TablesDescriptor tables = new TablesDescriptor(tablesClass(pending.getKey()), pending.getValue());
            List<TypeElement> origins = new ArrayList<>();
            for (TablesDescriptor.Entry entry : tables.entries()) {
                Optional.ofNullable(elements.getTypeElement(entry.entity().canonicalName())).ifPresent(origins::add);
            }
            tablesWritten.add(pending.getKey());
            generatedTypes.add(tables.tablesClass().canonicalName());
            try {
                tablesWriter.write(tables, origins);
                diagramWriter.write(pending.getKey(), pendingDiagrams.getOrDefault(pending.getKey(), List.of()),
                        origins);
            } catch (AbortProcessingException e) {
                // reported already
            } catch (RuntimeException e) {
                diagnostics.internalError(origins.get(0), e);
            }
        }
        pendingTables.clear();
        pendingDiagrams.clear();
    }

    private static ClassName tablesClass(String packageName) {
        return ClassName.get(packageName, Names.TABLES_CLASS);
    }

    @Override
    public void processingOver() {
        for (Map.Entry<String, String> entry : deferred.entrySet()) {
            diagnostics.error(ErrorMessages.unresolvedType(entry.getKey(), entry.getValue()),
                    elements.getTypeElement(entry.getKey()));
        }
        deferred.clear();
    }
}
