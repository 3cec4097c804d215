package dev.quarry.it.evolution.v5;

/** What a user may do, at schema version 5. */
public enum UserStatus { ACTIVE, BANNED, SUSPENDED }
