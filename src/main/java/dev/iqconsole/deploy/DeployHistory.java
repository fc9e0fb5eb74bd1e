package dev.iqconsole.deploy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history tables ({@code db/migration}), in SQL that H2 and PostgreSQL both run: consoles that share one PostgreSQL
 * database read each other's entries. Callers pass redacted YAML only.
 */
@Repository
class DeployHistory {

    private final JdbcClient jdbc;

    DeployHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    long record(HistoryEntry entry) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO deploy_history (happened_at, action, actor, context_name, namespace_name,
                            deployment_name, profile, targets, outcome, summary, generated_yaml, applied_yaml)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        OffsetDateTime.ofInstant(entry.when(), ZoneOffset.UTC),
                        entry.action().name(),
                        entry.actor() == null ? null : cut(entry.actor(), 253),
                        entry.context(),
                        entry.namespace(),
                        entry.deployment(),
                        cut(entry.profile(), 500),
                        cut(entry.targets(), 500),
                        entry.outcome().name(),
                        cut(entry.summary(), 4000),
                        entry.generatedYaml(),
                        entry.appliedYaml())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        int position = 0;
        for (ObjectOutcome o : entry.objects()) {
            jdbc.sql("""
                            INSERT INTO deploy_history_object (history_id, position, kind, namespace_name, object_name,
                                state, message) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            position++,
                            o.kind(),
                            o.namespace(),
                            o.name(),
                            o.state().name(),
                            cut(o.message(), 4000))
                    .update();
        }
        return id;
    }

    /**
     * The newest entries as a list shows them: without their YAML (empty strings) and objects, which can weigh
     * kilobytes each and are read by {@link #find} for the one entry a user opens.
     */
    List<HistoryEntry> recent(int limit) {
        return jdbc.sql("""
                        SELECT id, happened_at, action, actor, context_name, namespace_name, deployment_name, profile,
                            targets, outcome, summary, '' AS generated_yaml, '' AS applied_yaml
                        FROM deploy_history ORDER BY happened_at DESC, id DESC LIMIT ?""").param(limit).query((rs, n) -> entry(rs, List.of())).list();
    }

    /** The last deploy or retry of a deployment, without its objects. */
    Optional<HistoryEntry> lastDeploy(String context, String namespace, String deployment) {
        return jdbc.sql("""
                        SELECT * FROM deploy_history WHERE context_name = ? AND namespace_name = ?
                            AND deployment_name = ? AND action IN (?, ?)
                        ORDER BY happened_at DESC, id DESC LIMIT 1""")
                .params(
                        context,
                        namespace,
                        deployment,
                        HistoryEntry.Action.DEPLOY.name(),
                        HistoryEntry.Action.RETRY.name())
                .query((rs, n) -> entry(rs, List.of()))
                .optional();
    }

    Optional<HistoryEntry> find(long id) {
        List<ObjectOutcome> objects = jdbc.sql(
                        "SELECT * FROM deploy_history_object WHERE history_id = ? ORDER BY position")
                .param(id)
                .query((rs, n) -> new ObjectOutcome(
                        rs.getString("kind"),
                        rs.getString("namespace_name"),
                        rs.getString("object_name"),
                        ObjectOutcome.State.valueOf(rs.getString("state")),
                        rs.getString("message")))
                .list();
        return jdbc.sql("SELECT * FROM deploy_history WHERE id = ?")
                .param(id)
                .query((rs, n) -> entry(rs, objects))
                .optional();
    }

    private static HistoryEntry entry(java.sql.ResultSet rs, List<ObjectOutcome> objects) throws java.sql.SQLException {
        Timestamp when = rs.getTimestamp("happened_at");
        return new HistoryEntry(
                rs.getLong("id"),
                when == null ? Instant.EPOCH : when.toInstant(),
                HistoryEntry.Action.valueOf(rs.getString("action")),
                rs.getString("actor"),
                rs.getString("context_name"),
                rs.getString("namespace_name"),
                rs.getString("deployment_name"),
                rs.getString("profile"),
                rs.getString("targets"),
                HistoryEntry.Outcome.valueOf(rs.getString("outcome")),
                rs.getString("summary"),
                rs.getString("generated_yaml"),
                rs.getString("applied_yaml"),
                objects);
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
