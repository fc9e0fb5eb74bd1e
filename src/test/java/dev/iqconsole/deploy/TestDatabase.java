package dev.iqconsole.deploy;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh in-memory H2 with the project's Flyway migrations, without Spring. */
final class TestDatabase {

    private TestDatabase() {}

    static JdbcClient migrated() {
        return JdbcClient.create(dataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    }

    static DriverManagerDataSource dataSource(String url) {
        var ds = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return ds;
    }
}
