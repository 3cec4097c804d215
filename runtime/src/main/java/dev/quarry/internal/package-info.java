/**
 * Quarry's implementation. <b>Unsupported:</b> nothing under {@code dev.quarry.internal} is
 * API; it changes without notice. Use the types in {@code dev.quarry}, {@code dev.quarry.query},
 * {@code dev.quarry.transaction} and {@code dev.quarry.exception} instead.
 */
package dev.quarry.internal;
