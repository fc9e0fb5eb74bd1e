package dev.iqconsole.catalog;

import java.time.LocalDate;
import java.util.Set;

/**
 * A released version of a serving stack that puts model-server replicas behind the Gateway API Inference Extension
 * (GIE): GIQ's {@code ServingStack}, e.g. llm-d 0.7.0. Read from {@code data/serving_stacks.csv}.
 *
 * @param modelServers the model servers (GIQ names) whose replicas the stack routes to
 * @param families the accelerator families the release supports
 * @param gieVersion the Inference Extension release whose CRDs and endpoint picker the stack version runs with
 * @param inferencePoolApi the InferencePool {@code apiVersion} of that release
 * @param eppImage the endpoint picker's container image
 * @param eppConfig which chart, at which release, the endpoint picker's objects and plugin configuration follow
 * @param gatewayApiCrds the Gateway API CRD version the release was tested with; {@code null} when not stated
 */
public record ServingStack(
        String name,
        String version,
        LocalDate released,
        Set<String> modelServers,
        Set<AcceleratorFamily> families,
        String gieVersion,
        String inferencePoolApi,
        String eppImage,
        EndpointPickerConfig eppConfig,
        String gatewayApiCrds,
        String source) {

    /**
     * Which chart the endpoint picker's objects follow, at which release: the Inference Extension's chart (GIE's own
     * picker image) up to llm-d 0.7, llm-d Router's {@code llm-d-router-gateway} chart (llm-d's picker image) from
     * llm-d 0.8. The chart decides the plugin configuration, the picker's arguments and the RBAC it needs.
     */
    public enum EndpointPickerConfig {
        /** GIE v1.0.0: queue, KV-cache utilization and prefix-cache scorers, equal weights. */
        GIE_V1_0,
        /** GIE v1.5.0: the same scorers weighted 2, 2, 3, plus the metrics data source and its extractor. */
        GIE_V1_5,
        /**
         * llm-d Router v0.9.0: GIE v1.5.0's scorers and weights under {@code llm-d.ai/v1alpha1}; metric names come from
         * the extractor's engine configs (the picker refuses the old metric flags).
         */
        LLM_D_ROUTER_V0_9,
        /** llm-d Router v0.10.0: as v0.9.0; the picker's Service declares its ext-proc port as HTTP/2 (h2c). */
        LLM_D_ROUTER_V0_10;

        /** Whether the picker is llm-d Router's, deployed as its {@code llm-d-router-gateway} chart does. */
        public boolean llmdRouter() {
            return this == LLM_D_ROUTER_V0_9 || this == LLM_D_ROUTER_V0_10;
        }
    }

    public boolean supports(String modelServer, AcceleratorFamily family) {
        return modelServers.contains(modelServer) && families.contains(family);
    }

    /** {@code name/version}, as GIQ's documentation writes a stack ({@code llm-d/0.3}). */
    public String id() {
        return name + "/" + version;
    }
}
