/** The holders of relationship properties in entities read by Quarry, filled by load options. */
package dev.quarry.internal.relation;
