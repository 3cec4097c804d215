/**
 * Repository interfaces whose implementations Quarry generates at compile time
 * ({@link dev.quarry.repository.CrudRepository}, {@link dev.quarry.repository.ReadRepository})
 * and the paging value types they return.
 */
package dev.quarry.repository;
