package dev.iqconsole;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.fixtures.Migrations;
import dev.iqconsole.fixtures.PostgresServer;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The schema's two paths: H2 files keep the history they have (V1..V3 as released, then V4), PostgreSQL starts at V4,
 * and both end with the same tables.
 */
class MigrationsTest {

    /** What H2 files of released consoles recorded for V1..V3: a changed byte would stop those consoles at start. */
    private static final Map<String, Integer> RELEASED_CHECKSUMS =
            Map.of("1", -113822799, "2", -2095934227, "3", -1243229619);

    @TempDir
    Path dir;

    @Test
    void h2_migrations_v1_to_v3_keep_the_checksums_that_existing_console_files_recorded() {
        var h2 = Migrations.migrate(h2("checksums"), "h2");

        var recorded = JdbcClient.create(h2)
                .sql(
                        "SELECT \"version\", \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" IN ('1', '2', '3')")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list();
        assertThat(recorded).containsExactlyInAnyOrderElementsOf(RELEASED_CHECKSUMS.entrySet());
    }

    @Test
    void an_h2_file_at_v3_moves_on_keeping_its_history_and_dropping_the_catalog_tables() {
        var h2 = h2("released");
        Migrations.flyway(h2, "h2").target("3").load().migrate();
        var jdbc = JdbcClient.create(h2);
        jdbc.sql("INSERT INTO use_case VALUES ('chatbot', 'Chatbot (ShareGPT)', 1, 1, 'a source')")
                .update();
        jdbc.sql("""
                        INSERT INTO deploy_history (happened_at, action, context_name, namespace_name, deployment_name,
                            profile, targets, outcome, summary, applied_yaml)
                        VALUES (TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00', 'DEPLOY', 'kind', 'models', 'gemma',
                            'gemma-2-9b-it / vllm 0.8.5 / nvidia-l4', '', 'SUCCEEDED', 'Applied 4 objects', 'kind: Service')
                        """).update();

        var result = Migrations.flyway(h2, "h2").load().migrate();

        // V4 drops the catalog tables, V5 adds who acted, V6 the contexts deployers may use
        assertThat(result.migrationsExecuted).isEqualTo(3);
        assertThat(tables(h2))
                .containsExactly("deploy_history", "deploy_history_object", "deployer_access", "deployer_context");
        assertThat(jdbc.sql("SELECT deployment_name, applied_yaml FROM deploy_history")
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                        .list())
                .containsExactly("gemma kind: Service");
    }

    @Test
    void postgresql_and_h2_end_with_the_same_tables_columns_keys_and_indexes() {
        var postgres = Migrations.migrate(PostgresServer.shared().newDatabase().dataSource(), "postgresql");
        var h2 = Migrations.migrate(h2("fresh"), "h2");

        var schema = schema(postgres);
        assertThat(schema)
                .contains(
                        "deploy_history.id bigint not null auto",
                        "deploy_history.applied_yaml text null",
                        "deploy_history.happened_at timestamptz not null",
                        "primary key deploy_history(id)",
                        "deploy_history_object.history_id -> deploy_history.id on delete cascade",
                        "index deploy_history_when on deploy_history(happened_at D)");
        assertThat(schema(h2)).isEqualTo(schema);
    }

    private DriverManagerDataSource h2(String name) {
        return new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve(name).toAbsolutePath(), "sa", "");
    }

    /** The console's tables, lower case, without Flyway's own. */
    private static List<String> tables(DataSource dataSource) {
        return JdbcClient.create(dataSource).sql("""
                        SELECT LOWER(table_name) FROM information_schema.tables
                        WHERE LOWER(table_schema) = 'public' AND LOWER(table_name) <> 'flyway_schema_history'
                        ORDER BY 1""").query(String.class).list();
    }

    /** One line per column, primary key, foreign key and index, in terms both databases share. */
    private static List<String> schema(DataSource dataSource) {
        var lines = new ArrayList<String>();
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            for (var table : tables(dataSource)) {
                String name = stored(meta, table);
                try (var columns = meta.getColumns(null, null, name, null)) {
                    while (columns.next()) {
                        lines.add(table + "." + lower(columns.getString("COLUMN_NAME")) + " " + type(columns)
                                + (columns.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : " null")
                                + ("YES".equals(columns.getString("IS_AUTOINCREMENT")) ? " auto" : ""));
                    }
                }
                try (var keys = meta.getPrimaryKeys(null, null, name)) {
                    var columns = new ArrayList<String>();
                    while (keys.next()) {
                        columns.add(keys.getShort("KEY_SEQ") - 1, lower(keys.getString("COLUMN_NAME")));
                    }
                    lines.add("primary key " + table + "(" + String.join(", ", columns) + ")");
                }
                try (var keys = meta.getImportedKeys(null, null, name)) {
                    while (keys.next()) {
                        lines.add(table + "." + lower(keys.getString("FKCOLUMN_NAME")) + " -> "
                                + lower(keys.getString("PKTABLE_NAME")) + "." + lower(keys.getString("PKCOLUMN_NAME"))
                                + (keys.getShort("DELETE_RULE") == DatabaseMetaData.importedKeyCascade
                                        ? " on delete cascade"
                                        : ""));
                    }
                }
                // the indexes the migrations create; the keys' own (named by each database, and H2's behind a
                // foreign key) are compared as keys above
                try (var indexes = meta.getIndexInfo(null, null, name, false, false)) {
                    while (indexes.next()) {
                        var index = lower(indexes.getString("INDEX_NAME"));
                        if (indexes.getBoolean("NON_UNIQUE") && !index.startsWith("constraint_")) {
                            lines.add("index " + index + " on " + table + "(" + lower(indexes.getString("COLUMN_NAME"))
                                    + " " + indexes.getString("ASC_OR_DESC") + ")");
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        lines.sort(null);
        return lines;
    }

    /** The table's name as the database stores it (H2 upper case, PostgreSQL lower case). */
    private static String stored(DatabaseMetaData meta, String table) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }

    private static String type(ResultSet column) throws SQLException {
        int type = column.getInt("DATA_TYPE");
        String name = lower(column.getString("TYPE_NAME"));
        return switch (type) {
            case Types.CLOB -> "text";
            case Types.VARCHAR -> name.equals("text") ? "text" : "varchar(" + column.getInt("COLUMN_SIZE") + ")";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "timestamptz";
            case Types.TIMESTAMP -> name.equals("timestamptz") ? "timestamptz" : "timestamp";
            // PostgreSQL's driver reports its bool as BIT
            case Types.BIT -> name.equals("bool") ? "boolean" : "bit";
            default -> lower(JDBCType.valueOf(type).getName());
        };
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
