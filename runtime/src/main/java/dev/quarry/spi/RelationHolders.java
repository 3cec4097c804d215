package dev.quarry.spi;

import dev.quarry.internal.relation.RelationHolderFactory;
import dev.quarry.query.Relation;
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
     * @param <T> the related entity type
     * @param path      {@code Post.author}: the entity's simple name and the property
     * @param metamodel {@code POST.author}: the relationship in the metamodel
     * @return the unloaded reference
     */
    public static <T> Ref<T> ref(String path, String metamodel) {
        return RelationHolderFactory.ref(path, metamodel);
    }

    /**
     * An unloaded {@code List} relationship; {@code path} and {@code metamodel} as for {@link #ref},
     * {@code kind} ({@code ONE_TO_MANY} or {@code MANY_TO_MANY}) for the load options a message names.
     *
     * @param <T> the related entity type
     * @param path {@code Post.author}: the entity's simple name and the property
     * @param metamodel {@code POST.author}: the relationship in the metamodel
     * @param kind the kind of relationship
     * @return the unloaded list
     */
    public static <T> List<T> list(String path, String metamodel, Relation.Kind kind) {
        return RelationHolderFactory.list(path, metamodel, kind);
    }

    /**
     * An unloaded {@code Set} relationship; parameters as for {@link #list}.
     *
     * @param <T> the related entity type
     * @param path {@code Post.author}: the entity's simple name and the property
     * @param metamodel {@code POST.author}: the relationship in the metamodel
     * @param kind the kind of relationship
     * @return the unloaded set
     */
    public static <T> Set<T> set(String path, String metamodel, Relation.Kind kind) {
        return RelationHolderFactory.set(path, metamodel, kind);
    }
}
