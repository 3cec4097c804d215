/**
 * Schema migrations from the annotated model, the way Alembic does them for SQLAlchemy:
 * {@link dev.quarry.migration.Migrations#generate(String) generate} compares the entity model
 * with the live database and writes a reviewable, versioned pair of scripts (up and down);
 * {@link dev.quarry.migration.Migrations#upgrade() upgrade} and
 * {@link dev.quarry.migration.Migrations#downgrade(int) downgrade} move the database between
 * versions, recorded in a history table. Obtain it with {@link dev.quarry.Database#migrations(MigrationConfig)}.
 */
package dev.quarry.migration;
