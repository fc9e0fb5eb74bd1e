package dev.iqconsole;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the console's database (Flyway: opening it, creating a new H2 file, running the migrations) on a thread of
 * its own while the main thread goes on creating the rest of the console, instead of one after the other: on a new
 * database that is 0.3-0.6 s of the start (bench/README.md, startup steps). The start still waits for the migration
 * once every bean exists, before the web server takes requests, and a migration that fails stops the start with
 * Flyway's or the driver's own exception, as it did on the main thread. Nothing queries the database while the console
 * starts: its users (the deploy history, the deployer access setting) query it when a request asks.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseAtStart implements SmartInitializingSingleton {

    private volatile CompletableFuture<Void> migration = CompletableFuture.completedFuture(null);

    @Bean
    FlywayMigrationStrategy migrateBesideTheStart() {
        return flyway -> {
            var migrated = new CompletableFuture<Void>();
            Thread.ofPlatform().name("database-migration").daemon().start(() -> {
                try {
                    flyway.migrate();
                    migrated.complete(null);
                } catch (RuntimeException | Error e) {
                    migrated.completeExceptionally(e);
                }
            });
            migration = migrated;
        };
    }

    /** Called once every singleton exists, before the web server starts: waits, and fails the start as Flyway did. */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            migration.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error cause) throw cause;
            throw e;
        }
    }
}
