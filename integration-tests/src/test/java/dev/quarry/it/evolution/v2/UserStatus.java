package dev.quarry.it.evolution.v2;

/** What a user may do, at schema version 2. */
public enum UserStatus { ACTIVE, BANNED }
