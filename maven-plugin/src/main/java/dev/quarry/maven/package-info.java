/**
 * The Quarry Maven plugin: the {@code quarry:generate}, {@code quarry:upgrade},
 * {@code quarry:downgrade}, {@code quarry:history} and {@code quarry:check} goals over
 * {@link dev.quarry.migration.Migrations}.
 */
package dev.quarry.maven;
