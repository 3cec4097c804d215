package dev.quarry.processor;

import dev.quarry.processor.diagnostic.AbortProcessingException;
import dev.quarry.processor.diagnostic.Diagnostics;
import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.model.EntityDescriptor;
import dev.quarry.processor.model.EntityDescriptors;
import dev.quarry.processor.model.RepositoryDescriptor;
import dev.quarry.processor.model.RepositoryDescriptors;
import dev.quarry.processor.util.MemberAccess;
import dev.quarry.processor.util.RuntimeTypes;
import dev.quarry.processor.util.UnresolvedTypes;
import dev.quarry.processor.validation.EntityValidator;
import dev.quarry.processor.validation.ValidationReport;
import dev.quarry.processor.writer.RepositoryWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Processes {@code @Repository} interfaces: checks the interface and its methods against the
 * entity, then writes {@code XRepository_Impl}. An interface whose entity is not resolved yet
 * (generated in a later round) is deferred by name.
 */
final class RepositoryStep implements ProcessingStep {
    private final Elements elements;
    private final Diagnostics diagnostics;
    private final EntityValidator entityValidator;
    private final EntityDescriptors entityDescriptors;
    private final RepositoryDescriptors descriptors;
    private final RepositoryWriter writer;
    /** Repositories waiting for a type: qualified name → the unresolved type. */
    private final Map<String, String> deferred = new TreeMap<>();
    /** Qualified names of every {@code @Entity} seen so far, for checking {@code @Query} SQL. */
    private final Set<String> entityNames = new TreeSet<>();
    /** The clean entities by lower-case table name, built when a round first needs them. */
    private Map<String, EntityDescriptor> tables;

    RepositoryStep(ProcessingEnvironment environment, Diagnostics diagnostics) {
        this.elements = environment.getElementUtils();
        this.diagnostics = diagnostics;
        MemberAccess access = new MemberAccess(elements, environment.getTypeUtils());
        this.entityValidator = new EntityValidator(environment.getTypeUtils(), access);
        this.entityDescriptors = new EntityDescriptors(access);
        this.descriptors = new RepositoryDescriptors(elements, environment.getTypeUtils(), access);
        this.writer = new RepositoryWriter(environment.getFiler(), diagnostics);
    }

    @Override
    public void process(RoundEnvironment round) {
        Map<String, TypeElement> work = new TreeMap<>();
        for (String name : deferred.keySet()) {
            Optional.ofNullable(elements.getTypeElement(name)).ifPresent(type -> work.put(name, type));
        }
        deferred.clear();
        tables = null;
        TypeElement entityAnnotation = elements.getTypeElement(RuntimeTypes.ENTITY);
        if (entityAnnotation != null) {
            for (Element element : round.getElementsAnnotatedWith(entityAnnotation)) {
                if (element instanceof TypeElement type) {
                    entityNames.add(type.getQualifiedName().toString());
                }
            }
        }
        TypeElement annotation = elements.getTypeElement(RuntimeTypes.REPOSITORY);
        if (annotation != null) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type) {
                    work.put(type.getQualifiedName().toString(), type);
                }
            }
        }
        work.values().forEach(this::processRepository);
    }

    private void processRepository(TypeElement repository) {
        try {
            ValidationReport.Builder report = ValidationReport.builder();
            Optional<RepositoryDescriptors.Base> base = descriptors.base(repository, report);
            if (base.isEmpty()) {
                report.build().printTo(diagnostics);
                return;
            }
            TypeElement entity = (TypeElement) base.get().entity().asElement();
            Optional<String> unresolved = UnresolvedTypes.find(entity).or(() -> descriptors.unresolved(repository));
            if (unresolved.isPresent()) {
                deferred.put(repository.getQualifiedName().toString(), unresolved.get());
                return;
            }
            if (!entityValidator.validate(entity, Set.of()).isClean()) {
                return; // the entity's own errors are reported where it is processed
            }
            EntityDescriptor entityDescriptor = entityDescriptors.create(entity);
            RepositoryDescriptor descriptor = descriptors.create(repository, base.get(), entityDescriptor,
                    tables(entityDescriptor), report);
            ValidationReport done = report.build();
            done.printTo(diagnostics);
            if (done.isClean()) {
                writer.write(descriptor, List.of(repository));
            }
        } catch (AbortProcessingException e) {
            // reported already; only this repository stops
        } catch (RuntimeException e) {
            diagnostics.internalError(repository, e);
        }
    }

    /**
     * The entities {@code @Query} SQL may name: every clean {@code @Entity} of the compilation
     * seen so far, plus the repository's own (which may come from the class path).
     */
    private Map<String, EntityDescriptor> tables(EntityDescriptor own) {
        if (tables == null) {
            tables = new TreeMap<>();
            for (String name : entityNames) {
                TypeElement type = elements.getTypeElement(name);
                if (type != null && UnresolvedTypes.find(type).isEmpty()
                        && entityValidator.validate(type, Set.of()).isClean()) {
                    EntityDescriptor entity = entityDescriptors.create(type);
                    tables.put(entity.table().toLowerCase(Locale.ROOT), entity);
                }
            }
        }
        Map<String, EntityDescriptor> all = new TreeMap<>(tables);
        all.put(own.table().toLowerCase(Locale.ROOT), own);
        return all;
    }

    @Override
    public void processingOver() {
        for (Map.Entry<String, String> entry : deferred.entrySet()) {
            diagnostics.error(ErrorMessages.repositoryUnresolved(entry.getKey(),
                    entry.getValue()), elements.getTypeElement(entry.getKey()));
        }
        deferred.clear();
    }
}
