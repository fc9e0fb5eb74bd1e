package dev.iqconsole.manifest;

/**
 * Where the manifests will run. GKE is GIQ's only target; plain Kubernetes drops everything GKE-only (node labels,
 * Cloud Storage FUSE, Google Managed Prometheus) for the NVIDIA GPU Operator and Prometheus Operator equivalents.
 */
public enum TargetPlatform {
    GKE,
    KUBERNETES
}
