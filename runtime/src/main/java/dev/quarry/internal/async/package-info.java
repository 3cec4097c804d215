/** The futures facade over the blocking API. Internal: unsupported. */
package dev.quarry.internal.async;
