package dev.quarry.internal.session;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Which open session of one database tracks which object (by identity), so that an object
 * cannot be tracked by two sessions at once. Shared by the sessions of one {@code Database}.
 */
public final class SessionRegistry {
    private final ConcurrentHashMap<Identity, SessionImpl> owners = new ConcurrentHashMap<>();

    /** Records {@code session} as the owner of {@code entity}; fails if another session owns it. */
    void claim(Object entity, SessionImpl session) {
        SessionImpl owner = owners.putIfAbsent(new Identity(entity), session);
        if (owner != null && owner != session) {
            throw new IllegalArgumentException(entity + " belongs to another open session (" + owner + "); expunge it"
                    + " there or close that session first, or merge a copy into this one");
        }
    }

    /** Forgets that {@code session} owns {@code entity}. */
    void release(Object entity, SessionImpl session) {
        owners.remove(new Identity(entity), session);
    }

    /** An object compared by identity. */
    record Identity(Object entity) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.entity == entity;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(entity);
        }
    }
}
