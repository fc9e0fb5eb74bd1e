package dev.iqconsole.deploy;

import dev.iqconsole.fixtures.Migrations;
import dev.iqconsole.fixtures.PostgresServer;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database with the project's Flyway migrations, without Spring: in-memory H2 by default. */
final class TestDatabase {

    private TestDatabase() {}

    static JdbcClient migrated() {
        return JdbcClient.create(dataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    }

    /** An H2 database (a file or in memory), migrated as at a console's start. */
    static DriverManagerDataSource dataSource(String url) {
        return Migrations.migrate(new DriverManagerDataSource(url, "sa", ""), "h2");
    }

    /** A database of the test PostgreSQL server, migrated as at a console's start. */
    static DriverManagerDataSource dataSource(PostgresServer.Database database) {
        return Migrations.migrate(database.dataSource(), "postgresql");
    }
}
