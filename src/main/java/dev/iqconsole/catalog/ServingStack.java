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
 * @param eppConfig which default plugin configuration that endpoint picker release ships
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

    /** The plugin configuration each Inference Extension release's chart writes into the endpoint picker's ConfigMap. */
    public enum EndpointPickerConfig {
        /** v1.0.0: queue, KV-cache utilization and prefix-cache scorers, equal weights. */
        GIE_V1_0,
        /** v1.5.0: the same scorers weighted 2, 2, 3, plus the metrics data source and its extractor. */
        GIE_V1_5
    }

    public boolean supports(String modelServer, AcceleratorFamily family) {
        return modelServers.contains(modelServer) && families.contains(family);
    }

    /** {@code name/version}, as GIQ's documentation writes a stack ({@code llm-d/0.3}). */
    public String id() {
        return name + "/" + version;
    }
}
