package dev.iqconsole.profile;

/** Why a model x server x machine type has no profile (for example: the weights do not fit). */
public record Exclusion(String model, String modelServer, String machineType, String reason) {}
