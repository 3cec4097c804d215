package dev.quarry.it.model;

/** The state of a {@link User} account; stored by name. */
public enum UserStatus {
    ACTIVE,
    SUSPENDED,
    DELETED
}
