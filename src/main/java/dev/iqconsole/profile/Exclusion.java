package dev.iqconsole.profile;

/**
 * Why a model x server x machine type has no profile for a use case (for example: the weights do not fit).
 *
 * @param useCase the use case's API name; {@code null} for lengths a request asked for
 */
public record Exclusion(String model, String modelServer, String machineType, String useCase, String reason) {}
