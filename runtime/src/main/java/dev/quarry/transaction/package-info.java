/** Transaction callbacks and options for {@link dev.quarry.Database#transaction}. */
package dev.quarry.transaction;
