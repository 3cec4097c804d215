/** Quarry's exceptions: all unchecked, rooted at {@link dev.quarry.exception.QuarryException}. */
package dev.quarry.exception;
