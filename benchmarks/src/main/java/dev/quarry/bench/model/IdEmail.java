package dev.quarry.bench.model;

/**
 * The two-column projection of {@code users}.
 *
 * @param id    the key
 * @param email the e-mail address
 */
public record IdEmail(long id, String email) {
}
