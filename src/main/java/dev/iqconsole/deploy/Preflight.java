package dev.iqconsole.deploy;

import dev.iqconsole.cluster.NodeAccelerator;
import dev.iqconsole.cluster.NodeAccelerators;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The "Check" action: asks the cluster whether this deploy would work, without changing anything. */
final class Preflight {

    private Preflight() {}

    /** @param objects prepared objects ({@link DeployObjects#prepare}) */
    static List<Finding> check(
            KubernetesClient client, DeployRequest request, List<HasMetadata> objects, boolean namespaceExists) {
        List<Finding> findings = new ArrayList<>();
        findings.add(namespace(request, namespaceExists));
        findings.addAll(dryRun(client, objects, namespaceExists));
        findings.addAll(ApiChecks.apis(client, objects));
        findings.addAll(GatewayChecks.gateways(client, objects));
        findings.addAll(permissions(client, request, objects));
        findings.add(hfSecret(client, request, namespaceExists));
        List<Node> listed;
        List<NodeAccelerator> nodes;
        try {
            listed = client.nodes().list().getItems();
            nodes = NodeAccelerators.of(listed);
        } catch (KubernetesClientException e) {
            findings.add(Finding.warn(
                    "Accelerator nodes",
                    "The nodes cannot be listed (" + KubernetesErrors.words(e) + "), so free accelerators are unknown.",
                    KubernetesErrors.cause(e) == KubernetesErrors.Cause.FORBIDDEN
                            ? "Ask an admin for permission to list nodes, or check the node pools in the cloud console."
                            : "Check again when the cluster answers, or check the node pools in the cloud console."));
            return findings;
        }
        findings.add(accelerators(request, nodes));
        NodeFit.check(request, objects, listed).ifPresent(findings::add);
        return findings;
    }

    static Finding namespace(DeployRequest request, boolean exists) {
        return exists
                ? Finding.pass("Namespace", "Namespace " + request.namespace() + " exists.")
                : Finding.pass(
                        "Namespace",
                        "Namespace " + request.namespace() + " does not exist yet; Deploy will create it.");
    }

    static List<Finding> dryRun(KubernetesClient client, List<HasMetadata> objects, boolean namespaceExists) {
        return Applier.dryRun(client, objects, namespaceExists).stream()
                .map(o -> switch (o.state()) {
                    case APPLIED -> Finding.pass("Dry run " + o.label(), o.message());
                    case NOT_APPLIED ->
                        Finding.warn(
                                "Dry run " + o.label(),
                                o.message(),
                                "Nothing to do: it is applied right after the namespace is created.");
                    default ->
                        Finding.fail("Dry run " + o.label(), o.message(), "Fix the cause above, then check again.");
                })
                .toList();
    }

    static List<Finding> permissions(KubernetesClient client, DeployRequest request, List<HasMetadata> objects) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (HasMetadata object : objects) {
            String group = group(object.getApiVersion());
            String resource = plural(object);
            if (!seen.add(group + "/" + resource)) {
                continue;
            }
            String namespace = object.getMetadata().getNamespace();
            List<String> denied = new ArrayList<>();
            try {
                for (String verb : List.of("create", "patch")) {
                    if (!allowed(client, namespace, verb, group, resource)) {
                        denied.add(verb);
                    }
                }
            } catch (KubernetesClientException e) {
                findings.add(Finding.warn(
                        "Permission " + resource,
                        "The permission check for " + resource + " could not run (" + KubernetesErrors.words(e) + ").",
                        KubernetesErrors.cause(e) == KubernetesErrors.Cause.FORBIDDEN
                                ? "Ask an admin to let your user create SelfSubjectAccessReviews (every user normally"
                                        + " may)."
                                : "Check again when the cluster answers."));
                continue;
            }
            String where = namespace == null ? "the cluster" : "namespace " + namespace;
            findings.add(
                    denied.isEmpty()
                            ? Finding.pass(
                                    "Permission " + resource,
                                    "You may create and patch " + resource + " in " + where + ".")
                            : Finding.fail(
                                    "Permission " + resource,
                                    "You may not " + String.join(" or ", denied) + " " + resource + " in " + where
                                            + ".",
                                    "Ask a cluster admin for a Role (or ClusterRole) that grants create and patch on "
                                            + resource + (group.isEmpty() ? "" : "." + group) + "."));
        }
        return findings;
    }

    private static boolean allowed(
            KubernetesClient client, String namespace, String verb, String group, String resource) {
        SelfSubjectAccessReview review = new SelfSubjectAccessReviewBuilder()
                .withNewSpec()
                .withNewResourceAttributes()
                .withNamespace(namespace)
                .withVerb(verb)
                .withGroup(group)
                .withResource(resource)
                .endResourceAttributes()
                .endSpec()
                .build();
        SelfSubjectAccessReview answer =
                client.authorization().v1().selfSubjectAccessReview().create(review);
        return answer.getStatus() != null
                && Boolean.TRUE.equals(answer.getStatus().getAllowed());
    }

    static Finding hfSecret(KubernetesClient client, DeployRequest request, boolean namespaceExists) {
        String check = "Hugging Face token";
        if (!request.gatedModel()) {
            return Finding.pass(check, "The model is not gated; no token is needed.");
        }
        if (request.hfToken().isPresent()) {
            return Finding.pass(
                    check,
                    "Secret " + ManagedLabels.HF_SECRET + " will be created (or updated) from the token you gave.");
        }
        boolean exists;
        try {
            exists = namespaceExists
                    && client.secrets()
                                    .inNamespace(request.namespace())
                                    .withName(ManagedLabels.HF_SECRET)
                                    .get()
                            != null;
        } catch (KubernetesClientException e) {
            return Finding.warn(
                    check,
                    "Whether Secret " + ManagedLabels.HF_SECRET + " exists in " + request.namespace()
                            + " is unknown: reading it " + KubernetesErrors.words(e) + ".",
                    "Enter a Hugging Face token, so Deploy creates or updates the Secret itself.");
        }
        return exists
                ? Finding.pass(check, "Secret " + ManagedLabels.HF_SECRET + " exists in " + request.namespace() + ".")
                : Finding.fail(
                        check,
                        "The model is gated and there is no Secret " + ManagedLabels.HF_SECRET + " in "
                                + request.namespace() + ": the server would fail to download it (401).",
                        "Enter a Hugging Face token that has accepted the model's license.");
    }

    static Finding accelerators(DeployRequest request, List<NodeAccelerator> nodes) {
        String check = "Accelerator nodes";
        if (request.acceleratorLabel().isEmpty() || request.acceleratorsPerReplica() == 0) {
            return Finding.pass(check, "The workload requests no accelerator.");
        }
        List<NodeAccelerator> matching = nodes.stream()
                .filter(n -> n.accelerator().equals(request.acceleratorLabel()))
                .toList();
        String wanted = request.acceleratorsPerReplica() + " " + request.acceleratorResource();
        if (matching.isEmpty()) {
            return Finding.warn(
                    check,
                    "No node with " + request.acceleratorLabel()
                            + " exists now; the pod stays Pending until the cluster"
                            + " creates one (GKE Autopilot or node auto-provisioning do this).",
                    "On a Standard cluster without auto-provisioning, add a node pool with "
                            + request.acceleratorLabel() + " and at least " + wanted
                            + " per node, and check the accelerator quota of the region.");
        }
        long best =
                matching.stream().mapToLong(NodeAccelerator::allocatable).max().orElse(0);
        return best >= request.acceleratorsPerReplica()
                ? Finding.pass(
                        check,
                        PreflightReport.counted(matching.size(), "node") + " with " + request.acceleratorLabel()
                                + " can allocate " + wanted + " (up to " + best + " per node; some may be in use).")
                : Finding.fail(
                        check,
                        "Nodes with " + request.acceleratorLabel() + " exist, but none can allocate " + wanted
                                + " (at most " + best + " per node).",
                        "Use a machine type with at least " + request.acceleratorsPerReplica()
                                + " chips, or a profile that needs fewer.");
    }

    static String group(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    static String plural(HasMetadata object) {
        if (!(object instanceof GenericKubernetesResource)) {
            return HasMetadata.getPlural(object.getClass());
        }
        // the plural the console applies and deletes by (healthcheckpolicies, podmonitorings, inferencepools)
        return AppliedKind.of(object).context().getPlural();
    }
}
