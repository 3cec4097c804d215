package dev.quarry.it.evolution.v3;

/** What a user may do, at schema version 3. */
public enum UserStatus { ACTIVE, BANNED }
