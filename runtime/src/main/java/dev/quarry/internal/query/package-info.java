/** The query DSL's implementation: columns, conditions, sorts, statements. Internal: unsupported. */
package dev.quarry.internal.query;
