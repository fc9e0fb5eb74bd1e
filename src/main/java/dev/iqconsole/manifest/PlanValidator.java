package dev.iqconsole.manifest;

import dev.iqconsole.catalog.AcceleratorFamily;
import dev.iqconsole.manifest.InvalidPlanException.Problem;
import dev.iqconsole.profile.LatencyTargets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a plan before anything is generated, collecting every problem with its field and what is allowed. */
final class PlanValidator {

    private static final Pattern HUGGING_FACE_ID = Pattern.compile("[^/\\s]+/[^/\\s]+");
    private static final Pattern TPU_TOPOLOGY = Pattern.compile("[1-9]\\d*x[1-9]\\d*(x[1-9]\\d*)?");
    static final int MAX_REPLICAS_LIMIT = 1000;

    private final List<Problem> problems = new ArrayList<>();

    private PlanValidator() {}

    /** @throws InvalidPlanException with all problems when there is at least one */
    static void check(DeploymentPlan plan) {
        var validator = new PlanValidator();
        validator.validate(plan);
        if (!validator.problems.isEmpty()) throw new InvalidPlanException(validator.problems);
    }

    private void validate(DeploymentPlan plan) {
        boolean complete = required(plan.model(), "model")
                & required(plan.server(), "server")
                & required(plan.accelerator(), "accelerator")
                & required(plan.machineType(), "machineType");
        checkNamespace(plan.namespace());
        checkName(plan.name());
        checkTargets(plan.targets());
        checkAutoscaling(plan);
        if (plan.modelBucketUri() != null) {
            BucketUri.problems(plan.modelBucketUri()).forEach(p -> problem("modelBucketUri", p));
        }
        if (!complete) return;
        checkModel(plan);
        Optional<ServerKind> server = checkServer(plan);
        checkMachineType(plan);
        checkPlatform(plan);
        if (server.isPresent()
                && plan.model().weightsGiB() > 0
                && plan.accelerator().hbmGB() > 0) {
            checkMemoryFit(plan);
        }
    }

    private boolean required(Object value, String field) {
        if (value == null) problem(field, "is required");
        return value != null;
    }

    private void checkNamespace(String namespace) {
        if (namespace.length() > ObjectNames.MAX_LABEL_LENGTH) {
            problem("namespace", "must be at most 63 characters, has " + namespace.length());
        } else if (!ObjectNames.DNS_1123_LABEL.matcher(namespace).matches()) {
            problem(
                    "namespace",
                    "must be a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter"
                            + " or digit; was \"" + namespace + "\"");
        }
    }

    private void checkName(String name) {
        if (name == null) return;
        if (name.length() > ObjectNames.MAX_BASE_LENGTH) {
            problem(
                    "name",
                    "must be at most " + ObjectNames.MAX_BASE_LENGTH + " characters so that \"" + name
                            + ObjectNames.LONGEST_SUFFIX + "\" stays within 63; has " + name.length());
        }
        if (!ObjectNames.DNS_1035_LABEL.matcher(name).matches()) {
            problem(
                    "name",
                    "must be lowercase letters, digits and '-', start with a letter and end with a letter or digit"
                            + " (it names a Service); was \"" + name + "\"");
        }
    }

    private void checkTargets(LatencyTargets targets) {
        positive(targets.ntpotMs(), "targets.ntpotMs");
        positive(targets.ttftMs(), "targets.ttftMs");
        positive(targets.itlMs(), "targets.itlMs");
    }

    private void positive(Double value, String field) {
        if (value != null && !(value > 0 && Double.isFinite(value))) {
            problem(field, "must be a positive number of milliseconds, was " + value);
        }
    }

    private void checkAutoscaling(DeploymentPlan plan) {
        Autoscaling autoscaling = plan.autoscaling();
        if (!autoscaling.enabled()) return;
        if (autoscaling.maxReplicas() < 1 || autoscaling.maxReplicas() > MAX_REPLICAS_LIMIT) {
            problem(
                    "autoscaling.maxReplicas",
                    "must be between 1 and " + MAX_REPLICAS_LIMIT + ", was " + autoscaling.maxReplicas());
        }
        if (autoscaling.targetMet() && plan.targets().isEmpty()) {
            problem("targets", "autoscaling says the latency target is met, but the plan has no latency target");
        }
        if (autoscaling.targetMet()
                && !(autoscaling.concurrencyAtTarget() > 0 && Double.isFinite(autoscaling.concurrencyAtTarget()))) {
            problem(
                    "autoscaling.concurrencyAtTarget",
                    "must be a positive number of requests in flight per replica (QPS x latency at the target), was "
                            + autoscaling.concurrencyAtTarget());
        }
    }

    private void checkModel(DeploymentPlan plan) {
        var model = plan.model();
        if (model.id() == null || !HUGGING_FACE_ID.matcher(model.id()).matches()) {
            problem("model.id", "must be a Hugging Face id owner/name, e.g. google/gemma-2-27b-it; was " + model.id());
        }
        if (!(model.weightsGiB() > 0)) problem("model.weightsGiB", "must be positive, was " + model.weightsGiB());
        if (model.maxContextTokens() <= 0) {
            problem("model.maxContextTokens", "must be positive, was " + model.maxContextTokens());
        }
        if (model.kvCacheBytesPerToken() < 0) {
            problem("model.kvCacheBytesPerToken", "must not be negative, was " + model.kvCacheBytesPerToken());
        }
    }

    private Optional<ServerKind> checkServer(DeploymentPlan plan) {
        var version = plan.server();
        Optional<ServerKind> kind = ServerKind.byId(version.serverId());
        if (kind.isEmpty()) {
            problem("server.serverId", "must be one of " + ServerKind.allowedIds() + "; was " + version.serverId());
            return kind;
        }
        if (version.version() == null || version.version().isBlank()) problem("server.version", "is required");
        if (version.image() == null || version.image().isBlank()) {
            problem(
                    "server.image",
                    "is required: the container image of " + version.serverId() + " " + version.version());
        }
        AcceleratorFamily family = plan.accelerator().family();
        if (!kind.get().supports(family)) {
            problem(
                    "accelerator",
                    kind.get().id() + " is offered on " + kind.get().supportedFamilies() + " only, not on " + family
                            + " (" + plan.accelerator().label() + ")");
        } else if (version.family() != family) {
            problem(
                    "server.version",
                    kind.get().id() + " " + version.version() + " is the " + version.family() + " build ("
                            + version.image() + "); accelerator "
                            + plan.accelerator().label() + " needs the " + family + " build");
        }
        return kind;
    }

    private void checkMachineType(DeploymentPlan plan) {
        var machine = plan.machineType();
        var accelerator = plan.accelerator();
        if (!accelerator.label().equals(machine.acceleratorLabel())) {
            problem(
                    "machineType",
                    machine.name() + " carries " + machine.acceleratorLabel() + ", not " + accelerator.label());
        }
        if (machine.acceleratorCount() < 1) {
            problem("machineType.acceleratorCount", "must be at least 1, was " + machine.acceleratorCount());
        }
        if (accelerator.family() == AcceleratorFamily.TPU
                && (machine.tpuTopology() == null
                        || !TPU_TOPOLOGY.matcher(machine.tpuTopology()).matches())) {
            problem(
                    "machineType.tpuTopology",
                    "a TPU machine type needs a topology such as 2x2 or 2x2x1; was " + machine.tpuTopology());
        }
    }

    private void checkPlatform(DeploymentPlan plan) {
        if (plan.platform() != TargetPlatform.KUBERNETES) return;
        if (plan.accelerator().family() == AcceleratorFamily.TPU) {
            problem("platform", "TPUs (" + plan.accelerator().label() + ") are only available on GKE; choose GKE");
        }
        if (plan.modelBucketUri() != null) {
            problem(
                    "modelBucketUri",
                    "loading from Cloud Storage uses GKE's Cloud Storage FUSE CSI driver and Workload Identity, which"
                            + " generic Kubernetes does not have; choose GKE, or load from Hugging Face");
        }
    }

    /** The full context may be capped (see {@link Sizing#servedContextTokens}); the minimum one must fit. */
    private void checkMemoryFit(DeploymentPlan plan) {
        var model = plan.model();
        var accelerator = plan.accelerator();
        int count = plan.acceleratorCount();
        double usable = Sizing.usableGibPerChip(accelerator) * count;
        double required = Sizing.minimumGib(model);
        if (count >= 1 && required > usable) {
            int needed = Sizing.acceleratorsNeeded(required, accelerator);
            problem(
                    "machineType",
                    model.id() + " needs " + PlainNumbers.oneDecimal(required) + " GiB (weights "
                            + PlainNumbers.oneDecimal(model.weightsGiB()) + " GiB + KV cache "
                            + PlainNumbers.oneDecimal(required - model.weightsGiB()) + " GiB for "
                            + Sizing.minimumContextTokens(model) + " tokens of context) but " + count + " x "
                            + accelerator.label() + " give " + PlainNumbers.oneDecimal(usable) + " GiB usable (90% of "
                            + PlainNumbers.oneDecimal(accelerator.hbmGB() * 1e9 / Sizing.GIB) + " GiB each); " + needed
                            + " x " + accelerator.label() + " would fit");
        }
    }

    private void problem(String field, String message) {
        problems.add(new Problem(field, message));
    }
}
