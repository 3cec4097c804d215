package dev.quarry.internal.relation;

import dev.quarry.query.Relation;
import dev.quarry.relation.Ref;
import java.util.List;
import java.util.Set;

/**
 * Creates the unloaded holders (the constructors stay package-private). A holder keeps the two
 * names itself, so reading an entity allocates one object per relationship, not two.
 */
public final class RelationHolderFactory {
    private RelationHolderFactory() {
    }

    public static <T> Ref<T> ref(String path, String metamodel) {
        return new RefHolder<>(path, metamodel);
    }

    public static <T> List<T> list(String path, String metamodel, Relation.Kind kind) {
        return new RelatedList<>(path, metamodel, kind);
    }

    public static <T> Set<T> set(String path, String metamodel, Relation.Kind kind) {
        return new RelatedSet<>(path, metamodel, kind);
    }
}
