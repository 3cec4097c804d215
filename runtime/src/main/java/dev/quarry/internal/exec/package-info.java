/** Statement execution over JDBC connections from JDBI handles; cached entity statements. Internal: unsupported. */
package dev.quarry.internal.exec;
