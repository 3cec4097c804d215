/**
 * The query DSL: typed tables and columns (generated per entity), conditions, sorts and the
 * steps of select, update and delete statements. Everything here is immutable.
 */
package dev.quarry.query;
