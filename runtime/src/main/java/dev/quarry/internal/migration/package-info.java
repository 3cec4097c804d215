/**
 * Migrations inside: reading a live schema ({@link dev.quarry.internal.migration.Introspector}),
 * comparing two schemas ({@link dev.quarry.internal.migration.SchemaDiffer}), rendering the
 * changes per dialect ({@link dev.quarry.internal.migration.ChangeRenderer}) and applying
 * versioned scripts with a history table ({@link dev.quarry.internal.migration.Migrator}).
 */
package dev.quarry.internal.migration;
