package dev.quarry.it.evolution.v1;

/** What a user may do, at schema version 1. */
public enum UserStatus { ACTIVE, BANNED }
