/** The session: identity map, snapshots and the flush planner. Internal: unsupported. */
package dev.quarry.internal.session;
