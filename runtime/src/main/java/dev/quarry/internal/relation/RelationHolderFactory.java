package dev.quarry.internal.relation;

import dev.quarry.relation.Ref;
import java.util.List;
import java.util.Set;

/** Creates the unloaded holders (the constructors stay package-private). */
public final class RelationHolderFactory {
    private RelationHolderFactory() {
    }

    public static <T> Ref<T> ref(String path, String metamodel) {
        return new RefHolder<>(new NotLoaded(path, metamodel));
    }

    public static <T> List<T> list(String path, String metamodel) {
        return new RelatedList<>(new NotLoaded(path, metamodel));
    }

    public static <T> Set<T> set(String path, String metamodel) {
        return new RelatedSet<>(new NotLoaded(path, metamodel));
    }
}
