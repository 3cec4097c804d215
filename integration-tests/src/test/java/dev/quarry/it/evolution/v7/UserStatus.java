package dev.quarry.it.evolution.v7;

/** What a user may do, at schema version 7. */
public enum UserStatus { ACTIVE, BANNED, SUSPENDED }
