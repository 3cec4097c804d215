/** The HikariCP connection pool setup. Internal: unsupported. */
package dev.quarry.internal.pool;
