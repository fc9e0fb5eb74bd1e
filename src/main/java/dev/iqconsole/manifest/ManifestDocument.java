package dev.iqconsole.manifest;

/**
 * One generated object as GIQ's API returns it ({@code KubernetesManifest}: kind, apiVersion, content).
 *
 * @param content the object's YAML, without a document separator and without a final newline
 */
public record ManifestDocument(String kind, String apiVersion, String name, String content) {}
