package dev.iqconsole.deploy.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.iqconsole.catalog.PricingModel;
import dev.iqconsole.manifest.Monitoring;
import dev.iqconsole.manifest.TargetPlatform;
import dev.iqconsole.profile.LatencyTargets;
import dev.iqconsole.profile.ProfileOrder;
import java.util.List;

/**
 * The deploy page's fields, grouped as in the GKE console (where, what, how fast, from where). It only holds and lays
 * out the fields and their inline messages; {@link DeployRecommendation} fills them, {@link DeployValidation} and
 * {@link LocalChecks} decide what they mean.
 */
class DeployForm extends Div {

    enum Source {
        HUGGING_FACE("Hugging Face"),
        BUCKET("Cloud Storage bucket");

        final String label;

        Source(String label) {
            this.label = label;
        }
    }

    final Select<String> cluster = new Select<>();
    final TextField namespace = new TextField("Namespace");
    final TextField name = new TextField("Deployment name");
    final WorkloadField workload = new WorkloadField();
    final Select<String> useCase = workload.useCase;
    final TextField ntpot = new TextField("Max NTPOT (ms)");
    final TextField ttft = new TextField("Max TTFT (ms)");
    final Select<String> pricingModel = new Select<>();
    final Select<ProfileOrder> optimizeFor = new Select<>();
    final Checkbox includeUnpriced = new Checkbox(Recommendation.INCLUDE_UNPRICED);
    final Select<String> server = new Select<>();
    final Select<String> version = new Select<>();
    final Select<String> machineType = new Select<>();
    final RadioButtonGroup<Source> source = new RadioButtonGroup<>("Model source");
    final PasswordField hfToken = new PasswordField("Hugging Face token");
    final TextField bucket = new TextField("Bucket");
    final RadioButtonGroup<TargetPlatform> platform = new RadioButtonGroup<>("Target platform");
    final Select<Monitoring> monitoring = new Select<>();
    final Checkbox autoscaling = new Checkbox("Autoscale on the latency target");
    final TextField maxReplicas = new TextField("Max replicas");

    private boolean quiet;

    DeployForm() {
        addClassName("iqc-deploy-form");
        setId("deploy-form");
        cluster.setLabel("Cluster (kubeconfig context)");
        pricingModel.setLabel("Pricing model");
        optimizeFor.setLabel("Optimize for");
        server.setLabel("Model server");
        version.setLabel("Version");
        machineType.setLabel("Accelerator / machine type");
        pricingModel.setItemLabelGenerator(PricingModel::displayNameOf);
        optimizeFor.setItems(ProfileOrder.values());
        optimizeFor.setItemLabelGenerator(o -> switch (o) {
            case RECOMMENDED -> "Cost";
            case THROUGHPUT -> "Throughput";
            case LATENCY -> "Latency";
        });
        source.setItems(Source.values());
        source.setItemLabelGenerator(s -> s.label);
        platform.setItems(TargetPlatform.values());
        platform.setItemLabelGenerator(p -> p == TargetPlatform.GKE ? "GKE" : "Generic Kubernetes");
        monitoring.setLabel("Monitoring");
        monitoring.setItems(Monitoring.values());
        // the kind alone fits a half-width field at 1024 px; who reads it, and what it needs, is the helper text
        monitoring.setItemLabelGenerator(m -> switch (m) {
            case NONE -> "None";
            case POD_MONITORING -> "PodMonitoring";
            case SERVICE_MONITOR -> "ServiceMonitor";
        });
        monitoring.addValueChangeListener(e -> monitoring.setHelperText(monitoringDetail(e.getValue())));
        monitoring.setHelperText(monitoringDetail(null));
        namespace.setHelperText("Created if it does not exist");
        name.setHelperText("Prefix of every object; leave empty for <model>-<server>");
        ntpot.setHelperText("Normalized time per output token; empty for none");
        ttft.setHelperText("Time to first token; empty for none");
        hfToken.setHelperText("Stored only in the Kubernetes Secret hf-secret, never by the console");
        bucket.setPlaceholder("gs://my-models/gpt-oss-20b");
        bucket.setHelperText("Holds config.json and the weights; mounted with Cloud Storage FUSE");
        // plain text fields read by TypedNumber, no allowed-character filter: a number input that drops the "e"
        // of "1e3" (or the "," of "1,5") without a word is what users met; an unreadable entry gets a message
        ntpot.setPlaceholder("e.g. 50");
        ttft.setPlaceholder("e.g. 1000 or 1e3");
        for (var field : List.of(namespace, name, bucket)) {
            field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        }
        hfToken.setValueChangeMode(ValueChangeMode.ON_BLUR);
        ids();
        add(
                group("Where", cluster, namespace, name, platform),
                group("Performance", workload, ntpot, ttft, pricingModel, optimizeFor, includeUnpriced),
                group("Server and accelerator", server, version, machineType),
                group("Model", source, hfToken, bucket),
                group("Scaling and monitoring", autoscaling, maxReplicas, monitoring));
        source.addValueChangeListener(e -> showSource());
        // follow the platform's default until the user picks a monitoring option of their own
        platform.addValueChangeListener(e -> {
            if (e.getOldValue() == null || monitoring.getValue() == Monitoring.defaultFor(e.getOldValue())) {
                monitoring.setValue(Monitoring.defaultFor(e.getValue()));
            }
        });
        autoscaling.addValueChangeListener(e -> maxReplicas.setEnabled(autoscaling.getValue()));
    }

    /** Every field whose value changes what the page shows. */
    List<AbstractField<?, ?>> fields() {
        return List.of(
                cluster,
                namespace,
                name,
                useCase,
                workload.input,
                workload.output,
                ntpot,
                ttft,
                pricingModel,
                optimizeFor,
                includeUnpriced,
                server,
                version,
                machineType,
                source,
                hfToken,
                bucket,
                platform,
                monitoring,
                autoscaling,
                maxReplicas);
    }

    /** The fields that can carry a message: every field but the three whose every value is allowed. */
    List<HasValidation> validated() {
        return fields().stream()
                .filter(f -> f != optimizeFor && f != includeUnpriced && f != autoscaling)
                .map(HasValidation.class::cast)
                .toList();
    }

    /** The page is changing fields itself: their listeners then know it was not the user. */
    boolean quiet() {
        return quiet;
    }

    /** Runs {@code change} with the changes it makes to fields marked as the page's, not the user's. */
    void quietly(Runnable change) {
        boolean was = quiet;
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = was;
        }
    }

    void showSource() {
        boolean bucketSource = source.getValue() == Source.BUCKET;
        bucket.setVisible(bucketSource);
        hfToken.setVisible(!bucketSource);
    }

    private void ids() {
        cluster.setId("cluster");
        namespace.setId("namespace");
        name.setId("deployment-name");
        ntpot.setId("target-ntpot");
        ttft.setId("target-ttft");
        pricingModel.setId("pricing-model");
        optimizeFor.setId("optimize-for");
        includeUnpriced.setId("include-unpriced");
        server.setId("model-server");
        version.setId("server-version");
        machineType.setId("machine-type");
        source.setId("model-source");
        hfToken.setId("hf-token");
        bucket.setId("bucket");
        platform.setId("platform");
        autoscaling.setId("autoscaling");
        maxReplicas.setId("max-replicas");
        monitoring.setId("monitoring");
    }

    private static Div group(String title, Component... fields) {
        var body = new Div(fields);
        body.addClassName("iqc-deploy-fields");
        var group = new Div(new H3(title), body);
        group.addClassName("iqc-deploy-group");
        return group;
    }

    void clearErrors() {
        validated().forEach(f -> f.setInvalid(false));
    }

    boolean hasErrors() {
        return validated().stream().anyMatch(HasValidation::isInvalid);
    }

    /** The max NTPOT in ms; {@code null} when empty or not a positive number (then the field says why). */
    Double ntpotMs() {
        return millis(ntpot);
    }

    Double ttftMs() {
        return millis(ttft);
    }

    private static Double millis(TextField field) {
        TypedNumber typed = TypedNumber.read(field.getValue(), "ms");
        return typed.positive() ? typed.value() : null;
    }

    /** The targets, or {@code null} when one of them is typed but is not a positive number. */
    LatencyTargets targets() {
        for (var field : List.of(ntpot, ttft)) {
            if (!field.getValue().isBlank() && millis(field) == null) {
                return null;
            }
        }
        return new LatencyTargets(ntpotMs(), ttftMs(), null);
    }

    /** The replicas the autoscaler may start: a whole number from 1 to 1000, else {@code null}. */
    Integer maxReplicasValue() {
        return TypedNumber.read(maxReplicas.getValue(), null).wholeUpTo(1000);
    }

    HasValidation fieldOf(String planField) {
        return switch (planField) {
            case "namespace" -> namespace;
            case "name" -> name;
            case "modelBucketUri" -> bucket;
            case "targets.ntpotMs", "targets" -> ntpot;
            case "targets.ttftMs" -> ttft;
            case "autoscaling.maxReplicas" -> maxReplicas;
            case "platform" -> platform;
            case "averageInputLength" -> workload.input;
            case "averageOutputLength" -> workload.output;
            default ->
                planField.startsWith("machineType")
                                || planField.startsWith("accelerator")
                                || planField.startsWith("server")
                        ? machineType
                        : null;
        };
    }

    static String labelOf(HasValidation field) {
        return field instanceof HasLabel l && l.getLabel() != null ? l.getLabel() : "This field";
    }

    static void fail(HasValidation field, String message) {
        field.setErrorMessage(field.isInvalid() ? field.getErrorMessage() + " " + message : message);
        field.setInvalid(true);
    }

    /** What the chosen monitoring object asks of the cluster. */
    static String monitoringDetail(Monitoring chosen) {
        if (chosen == null) {
            return "Needs its CRD on the cluster; None deploys on any cluster";
        }
        return switch (chosen) {
            case NONE -> "Nothing scrapes the server's metrics; deploys on any cluster";
            case POD_MONITORING -> "Managed Service for Prometheus; needs its CRD on the cluster";
            case SERVICE_MONITOR -> "Prometheus Operator; needs its CRD on the cluster";
        };
    }
}
