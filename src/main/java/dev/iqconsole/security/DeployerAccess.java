package dev.iqconsole.security;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kubeconfig contexts deployers may use: what an admin saved on the Access page (in the database, so every
 * instance of a shared console agrees), else the configuration's list, else every context.
 */
@Service
public class DeployerAccess {

    /** What is in force, and who set it ({@code changedBy} is "configuration" when nobody has). */
    public record Setting(boolean restricted, List<String> contexts, String changedBy, Instant changedAt) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SecurityProperties properties;
    private final Clock clock = Clock.systemUTC();

    DeployerAccess(JdbcClient jdbc, TransactionTemplate transactions, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
    }

    public Setting current() {
        return stored().orElseGet(() -> new Setting(
                !properties.deployerContexts().isEmpty(), properties.deployerContexts(), "configuration", null));
    }

    boolean allows(String context) {
        Setting setting = current();
        return !setting.restricted() || setting.contexts().contains(context);
    }

    /** Saves a new setting; only an admin may. */
    public void save(CurrentUser user, boolean restricted, List<String> contexts) {
        if (!user.may(Role.ADMIN)) {
            throw new AccessDeniedException(
                    user.name() + " may not change which contexts deployers use: that needs" + " the admin role.");
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM deployer_context").update();
            jdbc.sql("DELETE FROM deployer_access").update();
            jdbc.sql("INSERT INTO deployer_access (id, restricted, changed_by, changed_at) VALUES (1, ?, ?, ?)")
                    .params(restricted, user.name(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
            for (String context : contexts.stream().distinct().sorted().toList()) {
                jdbc.sql("INSERT INTO deployer_context (context_name) VALUES (?)")
                        .param(context)
                        .update();
            }
        });
    }

    private Optional<Setting> stored() {
        return jdbc.sql("SELECT restricted, changed_by, changed_at FROM deployer_access WHERE id = 1")
                .query((rs, n) -> new Setting(
                        rs.getBoolean("restricted"),
                        jdbc.sql("SELECT context_name FROM deployer_context ORDER BY context_name")
                                .query(String.class)
                                .list(),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .optional();
    }
}
