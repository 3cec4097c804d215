/** Thread-bound transactions and savepoints over JDBI handles. Internal: unsupported. */
package dev.quarry.internal.tx;
