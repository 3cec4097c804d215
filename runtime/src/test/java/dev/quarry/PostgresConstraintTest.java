package dev.quarry;

import dev.quarry.testing.TestDatabases;

class PostgresConstraintTest extends ConstraintBehaviour {
    @Override
    protected String url() {
        return TestDatabases.postgres();
    }

    @Override
    protected String expectedUniqueConstraintName() {
        return "ux_people_email";
    }

    @Override
    protected String expectedForeignKeyConstraintName() {
        return "fk_visit_person_id";
    }
}
