package dev.iqconsole.catalog;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the catalog files into H2: reads and validates them first, then replaces every catalog table's contents in
 * one transaction, so a re-import is idempotent and a bad file leaves the previous contents untouched.
 */
@Component
class CatalogImporter {

    private static final Logger log = LoggerFactory.getLogger(CatalogImporter.class);

    /** Children before parents, for deleting. */
    private static final List<String> TABLES = List.of(
            "benchmark_point",
            "price",
            "component_rate",
            "machine_type",
            "accelerator",
            "server_version",
            "model_server",
            "model",
            "use_case");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CatalogProperties properties;

    CatalogImporter(JdbcClient jdbc, TransactionTemplate transaction, CatalogProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
    }

    CatalogData importFiles() {
        var dir = properties.dir().toAbsolutePath().normalize();
        boolean local = CatalogFiles.hasCatalog(dir);
        var data = (local ? CatalogFiles.in(dir) : CatalogFiles.packaged()).load();
        transaction.executeWithoutResult(status -> replace(data));
        log.info(
                "Catalog imported from {}: {} models, {} machine types, {} prices, {} published points",
                local ? dir : "the copy packaged in the jar (no catalog files in " + dir + ")",
                data.models().size(),
                data.machineTypes().size(),
                data.listedPrices().size(),
                data.publishedPoints().size());
        return data;
    }

    private void replace(CatalogData data) {
        TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
        for (var a : data.accelerators()) {
            jdbc.sql("INSERT INTO accelerator VALUES (?,?,?,?,?,?,?)")
                    .params(
                            a.label(),
                            a.displayName(),
                            a.family().name(),
                            a.hbmGB(),
                            a.hbmBandwidthGBs(),
                            a.bf16Tflops(),
                            a.source())
                    .update();
        }
        for (var m : data.machineTypes()) {
            jdbc.sql("INSERT INTO machine_type VALUES (?,?,?,?,?,?,?)")
                    .params(
                            m.name(),
                            m.acceleratorLabel(),
                            m.acceleratorCount(),
                            m.tpuTopology(),
                            m.vcpus(),
                            m.memoryGB(),
                            m.source())
                    .update();
        }
        for (var m : data.models()) {
            jdbc.sql("INSERT INTO model VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                    .params(
                            m.id(),
                            m.displayName(),
                            m.provider(),
                            m.totalParamsB(),
                            m.activeParamsB(),
                            m.weightsGiB(),
                            m.maxContextTokens(),
                            m.license(),
                            m.gated(),
                            m.kvCacheBytesPerToken(),
                            m.qualityElo(),
                            m.qualitySource(),
                            m.factsVerified(),
                            m.source())
                    .update();
        }
        for (var s : data.modelServers()) {
            jdbc.sql("INSERT INTO model_server VALUES (?,?,?)")
                    .params(s.id(), s.displayName(), s.source())
                    .update();
        }
        for (var v : data.serverVersions()) {
            jdbc.sql("INSERT INTO server_version VALUES (?,?,?,?,?,?)")
                    .params(v.serverId(), v.version(), v.family().name(), v.image(), v.released(), v.source())
                    .update();
        }
        for (var p : data.listedPrices()) {
            jdbc.sql("INSERT INTO price VALUES (?,?,?,?,?,?,?)")
                    .params(
                            p.machineType(),
                            p.pricingModel().apiName(),
                            p.region(),
                            p.priceDate(),
                            p.usdPerHour(),
                            p.scope().name(),
                            p.source())
                    .update();
        }
        for (var r : data.componentRates()) {
            jdbc.sql("INSERT INTO component_rate VALUES (?,?,?,?,?)")
                    .params(
                            r.machinePrefix(),
                            r.pricingModel().apiName(),
                            r.usdPerVcpuHour(),
                            r.usdPerGibHour(),
                            r.source())
                    .update();
        }
        for (var u : data.useCases()) {
            jdbc.sql("INSERT INTO use_case VALUES (?,?,?,?,?)")
                    .params(u.apiName(), u.displayName(), u.averageInputTokens(), u.averageOutputTokens(), u.source())
                    .update();
        }
        for (var p : data.publishedPoints()) {
            jdbc.sql("INSERT INTO benchmark_point VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                    .params(
                            p.id(),
                            p.model(),
                            p.modelServer(),
                            p.serverVersion(),
                            p.machineType(),
                            p.accelerator(),
                            p.acceleratorCount(),
                            p.useCase(),
                            p.queriesPerSecond(),
                            p.outputTokensPerSecond(),
                            p.inputTokensPerSecond(),
                            p.ntpotMs(),
                            p.ttftMs(),
                            p.itlMs(),
                            p.publishedUsdPerMillionInput(),
                            p.publishedUsdPerMillionOutput(),
                            p.publishedPricingModel(),
                            p.provenance(),
                            p.profilePoint(),
                            p.source())
                    .update();
        }
    }
}
