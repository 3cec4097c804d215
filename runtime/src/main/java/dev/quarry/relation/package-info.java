/**
 * Relationship properties: {@link dev.quarry.relation.Ref} for to-one relationships, and
 * {@link dev.quarry.relation.Relations#isLoaded} to tell a loaded relationship from one that
 * was not. Collections are plain {@code List}/{@code Set} properties.
 */
package dev.quarry.relation;
