package dev.quarry.it.stamped;

import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;

/** CRUD over tickets (a record). */
@Repository
public interface TicketRepository extends CrudRepository<Ticket, Long> {
}
