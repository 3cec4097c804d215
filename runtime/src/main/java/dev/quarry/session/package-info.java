/**
 * The session: an identity map and a unit of work over one database connection, opened with
 * {@link dev.quarry.Database#session()}. Objects added to a session, read through it or
 * changed while it tracks them are written by {@link dev.quarry.session.Session#flush()} in
 * foreign-key order, sending only the columns that changed.
 */
package dev.quarry.session;
