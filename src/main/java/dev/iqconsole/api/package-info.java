/**
 * The HTTP API, wire-compatible with Google's gkerecommender v1 and v1alpha1 (docs/reference/gke-inference-quickstart.md §4) so that
 * {@code gcloud container ai profiles ...} and Google's Java client work against the console. Thin: it parses the
 * requests the real clients send (docs/reference/gke-inference-quickstart.md §8), delegates to {@code ProfileService} (profiles)
 * and to {@code PlanResolver} and {@code ManifestService} (manifests), and writes proto3 JSON.
 */
package dev.iqconsole.api;
