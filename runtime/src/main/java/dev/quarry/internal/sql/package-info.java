/** Dialects: SQL rendering, quoting, types, binding, reading and error translation per database. Internal: unsupported. */
package dev.quarry.internal.sql;
