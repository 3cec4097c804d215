/** DDL per dialect and the foreign-key order of tables. Internal: unsupported. */
package dev.quarry.internal.schema;
