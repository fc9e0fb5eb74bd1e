package dev.iqconsole.profile;

/**
 * GIQ's {@code FetchBenchmarkingDataRequest}: every point of the curves of one model x model server.
 *
 * @param modelServerVersion {@code null}/{@code latest}, {@code all} or one version
 * @param machineType GIQ's instance type; {@code null} for all
 * @param useCase {@code null} means {@code chatbot} (GIQ's default)
 */
public record BenchmarkQuery(
        String model,
        String modelServer,
        String modelServerVersion,
        String machineType,
        String pricingModel,
        String useCase,
        Double outputInputCostRatio) {}
