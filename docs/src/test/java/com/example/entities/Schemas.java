package com.example.entities;

// tag::imports[]
import dev.quarry.Database;
import dev.quarry.Schema;
import java.util.List;
// end::imports[]

/** Creating and dropping the tables of a package. */
public final class Schemas {
    private Schemas() {
    }

    // tag::create[]
    public static List<String> createTables(Database db) {
        Schema schema = db.schema(Tables.ALL);      // every entity table of com.example.entities
        schema.createAll();                          // referenced tables first, with their indexes
        return schema.createStatements();            // the DDL it ran, in this database's dialect
    }
    // end::create[]

    // tag::drop[]
    public static List<String> dropTables(Database db) {
        Schema schema = db.schema(Tables.ALL);
        schema.dropAll();                            // DROP TABLE IF EXISTS, referencing tables first
        return schema.dropStatements();
    }
    // end::drop[]
}
