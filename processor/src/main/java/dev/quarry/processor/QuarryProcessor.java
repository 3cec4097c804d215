package dev.quarry.processor;

import com.google.auto.service.AutoService;
import dev.quarry.processor.diagnostic.Diagnostics;
import dev.quarry.processor.util.RuntimeTypes;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Quarry's annotation processor: for every {@code @Entity} it generates the metamodel
 * {@code X_}, the mapper {@code X_Mapper}, and per package a {@code Tables} class; for every
 * {@code @Repository} interface its implementation {@code X_Impl}; all as readable source. Put it
 * on the annotation-processor path; it has no options.
 */
@AutoService(Processor.class)
public final class QuarryProcessor extends AbstractProcessor {
    private Diagnostics diagnostics;
    private List<ProcessingStep> steps;

    /** Called by javac through the {@link java.util.ServiceLoader}. */
    public QuarryProcessor() {
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        diagnostics = new Diagnostics(environment.getMessager());
        steps = List.of(new EntityStep(environment, diagnostics), new RepositoryStep(environment, diagnostics));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(RuntimeTypes.ENTITY, RuntimeTypes.REPOSITORY);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (ProcessingStep step : steps) {
            try {
                step.process(round);
                if (round.processingOver()) {
                    step.processingOver();
                }
            } catch (RuntimeException e) {
                diagnostics.internalError(null, e);
            }
        }
        return false;
    }
}
