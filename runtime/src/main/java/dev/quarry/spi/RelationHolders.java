package dev.quarry.spi;

import dev.quarry.internal.relation.RelationHolderFactory;
import dev.quarry.relation.Ref;
import java.util.List;
import java.util.Set;

/**
 * The unloaded relationship holders a generated mapper puts into every entity it reads; a load
 * option fills them. For generated code.
 */
public final class RelationHolders {
    private RelationHolders() {
    }

    /**
     * An unloaded to-one relationship.
     *
     * @param path      {@code Post.author}: the entity's simple name and the property
     * @param metamodel {@code POST.author}: the relationship in the metamodel
     */
    public static <T> Ref<T> ref(String path, String metamodel) {
        return RelationHolderFactory.ref(path, metamodel);
    }

    /** An unloaded {@code List} relationship; parameters as for {@link #ref}. */
    public static <T> List<T> list(String path, String metamodel) {
        return RelationHolderFactory.list(path, metamodel);
    }

    /** An unloaded {@code Set} relationship; parameters as for {@link #ref}. */
    public static <T> Set<T> set(String path, String metamodel) {
        return RelationHolderFactory.set(path, metamodel);
    }
}
