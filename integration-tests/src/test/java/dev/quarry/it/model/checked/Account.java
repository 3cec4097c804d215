package dev.quarry.it.model.checked;

import dev.quarry.annotation.Entity;
import dev.quarry.annotation.Id;

/**
 * An account whose table the constraint tests create by hand, with a {@code CHECK} constraint
 * that the entity annotations cannot declare. Kept in its own package so it is not in
 * {@link dev.quarry.it.model.Tables#ALL}.
 *
 * @param id      the key
 * @param balance the balance; the table's check rejects negative values
 */
@Entity(table = "accounts")
public record Account(@Id long id, int balance) {
}
