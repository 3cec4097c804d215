/** The implementation behind generated repositories: entity writes by key and hand-written SQL. Unsupported API. */
package dev.quarry.internal.repository;
