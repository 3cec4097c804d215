/**
 * Quarry's runtime: the annotations, the query DSL, {@link dev.quarry.Database} and
 * transactions, the exceptions, and the contracts ({@code spi}) generated code implements.
 * Everything under {@code dev.quarry.internal} stays inside the module.
 *
 * <p>JDBC drivers are optional: a modular application {@code requires} the driver of its
 * database ({@code org.postgresql.jdbc}, {@code org.xerial.sqlitejdbc} or {@code org.mariadb.jdbc}).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.quarry.runtime {
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires org.jdbi.v3.core;
    requires org.slf4j;
    requires static org.postgresql.jdbc;
    requires static org.xerial.sqlitejdbc;
    requires static org.mariadb.jdbc;

    exports dev.quarry;
    exports dev.quarry.annotation;
    exports dev.quarry.exception;
    exports dev.quarry.migration;
    exports dev.quarry.query;
    exports dev.quarry.relation;
    exports dev.quarry.repository;
    exports dev.quarry.session;
    exports dev.quarry.spi;
    exports dev.quarry.transaction;
}
