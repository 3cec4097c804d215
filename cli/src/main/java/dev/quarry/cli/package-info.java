/**
 * The {@code quarry} command line: {@link dev.quarry.cli.Quarry}, schema migrations from a shell
 * or a CI job over {@link dev.quarry.migration.Migrations}.
 */
package dev.quarry.cli;
