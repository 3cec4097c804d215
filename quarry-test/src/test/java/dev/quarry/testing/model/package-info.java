/** The entities of the extension's own tests; the processor generates {@code Tables} for them. */
package dev.quarry.testing.model;
