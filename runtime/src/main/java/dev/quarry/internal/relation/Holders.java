package dev.quarry.internal.relation;

import dev.quarry.relation.Ref;

/**
 * Equality, hash and text of relationship holders: they never look into related entities, so
 * cyclic object graphs stay safe to compare, hash and print.
 */
final class Holders {
    private Holders() {
    }

    static boolean refEquals(Ref<?> ref, Object other) {
        if (ref == other) {
            return true;
        }
        if (!(other instanceof Ref<?> that) || ref.isLoaded() != that.isLoaded()) {
            return false;
        }
        return !ref.isLoaded() || ref.find().orElse(null) == that.find().orElse(null);
    }

    static int refHashCode(Ref<?> ref) {
        return ref.isLoaded() ? System.identityHashCode(ref.find().orElse(null)) : 0;
    }

    static String refToString(Ref<?> ref, String path) {
        if (!ref.isLoaded()) {
            return path + "(not loaded)";
        }
        return ref.find().map(Holders::describe).map(text -> path + "(" + text + ")").orElse(path + "(empty)");
    }

    /** {@code Post@1b6d3586}: the class and identity of an entity, without reading it. */
    static String describe(Object entity) {
        return entity.getClass().getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(entity));
    }
}
