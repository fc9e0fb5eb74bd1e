package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.textfield.TextField;

/**
 * The deploy form's checks that need no engine: empty required fields, malformed tokens, targets that are not
 * durations. The plan's own rules (names, machine types, lengths the profiles cover) are the engine's.
 */
final class LocalChecks {

    private LocalChecks() {}

    /** Marks each field of {@code form} that fails a check with its message. */
    static void check(DeployForm form) {
        positive(form.ntpot);
        positive(form.ttft);
        if (form.cluster.getValue() == null) {
            DeployForm.fail(
                    form.cluster,
                    "No kubeconfig context found: set iqconsole.cluster.kubeconfig or KUBECONFIG, or"
                            + " create ~/.kube/config. View YAML still works.");
        }
        if (form.namespace.getValue().isBlank()) {
            DeployForm.fail(form.namespace, "Enter a namespace, e.g. default: lowercase letters, digits and '-'.");
        }
        String token = form.hfToken.getValue();
        if (form.source.getValue() == DeployForm.Source.HUGGING_FACE
                && !token.isEmpty()
                && (!token.strip().startsWith("hf_") || token.strip().chars().anyMatch(Character::isWhitespace))) {
            DeployForm.fail(
                    form.hfToken,
                    "A Hugging Face token starts with hf_ and has no spaces; create one at"
                            + " huggingface.co/settings/tokens.");
        }
        if (form.source.getValue() == DeployForm.Source.BUCKET
                && form.bucket.getValue().isBlank()) {
            DeployForm.fail(
                    form.bucket,
                    "Enter the gs:// URI of the bucket that holds config.json and the weights, e.g."
                            + " gs://my-models/gpt-oss-20b.");
        }
        form.workload.checkLengths();
        if (form.autoscaling.getValue() && form.maxReplicasValue() == null) {
            DeployForm.fail(form.maxReplicas, "Enter how many replicas the autoscaler may start, from 1 to 1000.");
        }
    }

    private static void positive(TextField field) {
        TypedNumber typed = TypedNumber.read(field.getValue(), "ms");
        if (!typed.blank() && typed.value() == null) {
            DeployForm.fail(
                    field,
                    "'" + typed.text().strip() + "' is not a number: enter milliseconds as digits, e.g. 50, 12.5 or"
                            + " 1e3 (1000), or leave it empty for no target.");
        } else if (!typed.blank() && !typed.positive()) {
            DeployForm.fail(field, "Enter a positive number of milliseconds, or leave it empty for no target.");
        }
    }
}
