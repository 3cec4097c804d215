package dev.quarry.it.evolution.v6;

/** What a user may do, at schema version 6. */
public enum UserStatus { ACTIVE, BANNED, SUSPENDED }
