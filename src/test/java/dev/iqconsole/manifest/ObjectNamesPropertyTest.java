package dev.iqconsole.manifest;

import static dev.iqconsole.manifest.Plans.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.catalog.Accelerator;
import dev.iqconsole.catalog.MachineType;
import dev.iqconsole.catalog.ServerVersion;
import dev.iqconsole.profile.LatencyTargets;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Over many random valid plans (odd model ids, names, namespaces, counts), no generated name or label is invalid. */
class ObjectNamesPropertyTest {

    private static final Pattern DNS_1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS_1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    /** Kubernetes label values: at most 63, alphanumerics with -_. inside. */
    private static final Pattern LABEL_VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?");

    private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.";
    private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-";

    private static String random(Random random, String chars, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) text.append(chars.charAt(random.nextInt(chars.length())));
        return text.toString();
    }

    /** A DNS-1035 label of 1..max characters (valid by construction). */
    private static String validName(Random random, int max) {
        int length = 1 + random.nextInt(max);
        String middle = random(random, NAME_CHARS, Math.max(0, length - 2));
        String name = (char) ('a' + random.nextInt(26)) + middle;
        if (length > 1) name += (char) ('a' + random.nextInt(26));
        return name;
    }

    private static DeploymentPlan randomPlan(Random random) {
        String owner = random(random, ID_CHARS, 1 + random.nextInt(12));
        String modelName = random(random, ID_CHARS, 1 + random.nextInt(80))
                .replace('/', '-')
                .strip();
        var model = Plans.model(owner + "/" + modelName, 1 + random.nextInt(60), 4096, random.nextBoolean(), 1024);
        int count = 1 << random.nextInt(4);
        List<Object[]> stacks = List.of(
                new Object[] {VLLM_GPU, H100, machine("gpu-" + count, H100.label(), count, null, 8 * count, 256)},
                new Object[] {SGLANG, H100, machine("gpu-" + count, H100.label(), count, null, 8 * count, 256)},
                new Object[] {TGI, L4, machine("l4-" + count, L4.label(), count * 4, null, 8 * count, 512)},
                new Object[] {VLLM_TPU, V6E, CT6E_4T});
        Object[] stack = stacks.get(random.nextInt(stacks.size()));
        var plan = plan(model, (ServerVersion) stack[0], (Accelerator) stack[1], (MachineType) stack[2]);
        plan = withNamespace(plan, random.nextInt(3) == 0 ? null : validDns1123(random));
        if (random.nextBoolean()) plan = withName(plan, validName(random, ObjectNames.MAX_BASE_LENGTH));
        if (random.nextBoolean() && plan.server() != VLLM_TPU) plan = onPlatform(plan, TargetPlatform.KUBERNETES);
        if (random.nextBoolean() && plan.platform() == TargetPlatform.GKE) {
            plan = withBucket(plan, "gs://bucket-" + random.nextInt(1000) + "/m");
        }
        if (random.nextBoolean()) {
            plan = withAutoscaling(
                    plan,
                    new LatencyTargets(10.0 + random.nextInt(100), null, null),
                    Autoscaling.toMeetTarget(1 + random.nextInt(20), 0.5 + random.nextDouble() * 100));
        }
        return plan;
    }

    private static String validDns1123(Random random) {
        int length = 1 + random.nextInt(63);
        String name = random(random, NAME_CHARS, length).replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "ns" : name;
    }

    @Test
    void random_valid_plans_never_produce_an_invalid_object_name_or_label() {
        Random random = new Random(20261123);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            DeploymentPlan plan = randomPlan(random);
            for (HasMetadata object :
                    new ManifestGenerator(CLOCK).generate(plan).objects()) {
                check(object.getMetadata().getName(), DNS_1035_LABEL, "name of " + object.getKind(), failures);
                check(object.getMetadata().getNamespace(), DNS_1123_LABEL, "namespace", failures);
                checkLabels(object.getMetadata().getLabels(), failures);
                if (object instanceof Deployment deployment) {
                    checkLabels(deployment.getSpec().getTemplate().getMetadata().getLabels(), failures);
                    checkLabels(deployment.getSpec().getSelector().getMatchLabels(), failures);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void the_check_itself_rejects_bad_names() {
        List<String> failures = new ArrayList<>();
        check("a".repeat(64), DNS_1035_LABEL, "name", failures);
        check("1abc", DNS_1035_LABEL, "name", failures);
        checkLabels(Map.of("app", "ends-with-"), failures);
        assertThat(failures).hasSize(3);
    }

    private static void check(String value, Pattern pattern, String what, List<String> failures) {
        if (value == null || value.length() > 63 || !pattern.matcher(value).matches()) {
            failures.add(what + ": " + value);
        }
    }

    private static void checkLabels(Map<String, String> labels, List<String> failures) {
        labels.forEach((key, value) -> {
            if (value.length() > 63 || !LABEL_VALUE.matcher(value).matches()) failures.add(key + "=" + value);
        });
    }
}
