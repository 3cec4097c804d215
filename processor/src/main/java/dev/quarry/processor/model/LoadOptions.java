package dev.quarry.processor.model;

import dev.quarry.processor.util.RuntimeTypes;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.quarry.processor.model.RepositoryDescriptor.Result;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Repository method parameters of type {@code dev.quarry.query.Load}: load options, which the
 * generated query applies with {@code .load(option)} rather than binding as values.
 */
final class LoadOptions {

    /** What a finder with load options may return: entities read in full before their relationships load. */
    static final Set<Result> RESULTS = Set.of(Result.ENTITY, Result.OPTIONAL, Result.LIST, Result.PAGE,
            Result.SLICE);

    private LoadOptions() {
    }

    /** Whether {@code type} is {@code Load}, with whatever type arguments. */
    static boolean isLoad(TypeMirror type) {
        return type instanceof DeclaredType declared
                && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(RuntimeTypes.LOAD);
    }

    /** Whether the load option {@code type} starts from {@code entity}: {@code Load<Entity, ?>}. */
    static boolean startsFrom(TypeMirror type, ClassName entity) {
        return type instanceof DeclaredType declared && declared.getTypeArguments().size() == 2
                && TypeName.get(declared.getTypeArguments().get(0)).equals(entity);
    }

    /** How to declare a load option of {@code entity}, for messages: {@code Load<User, ?>}. */
    static String declaration(ClassName entity) {
        return "Load<" + entity.simpleName() + ", ?>";
    }
}
