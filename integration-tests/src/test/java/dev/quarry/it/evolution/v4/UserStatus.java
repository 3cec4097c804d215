package dev.quarry.it.evolution.v4;

/** What a user may do, at schema version 4. */
public enum UserStatus { ACTIVE, BANNED }
