package dev.iqconsole.manifest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every generated name and label, in one place (docs/reference/gke-inference-quickstart.md §5.2: {@code <model-short>-<server>-deployment},
 * {@code app: <model-short>-<server>-inference-server}, {@code ai.gke.io/model}, ...).
 *
 * <p>All derived names must stay valid DNS-1123 labels of at most 63 characters (Service names and label values
 * are limited to 63), so the base name may be at most {@link #MAX_BASE_LENGTH} characters: 63 minus the longest
 * suffix, {@code -inference-server}.
 */
final class ObjectNames {

    static final int MAX_LABEL_LENGTH = 63;
    static final String LONGEST_SUFFIX = "-inference-server";
    static final int MAX_BASE_LENGTH = MAX_LABEL_LENGTH - LONGEST_SUFFIX.length();

    static final String MANAGED_BY_KEY = "app.kubernetes.io/managed-by";
    static final String MANAGED_BY_VALUE = "inference-quickstart-console";
    /** Carries the base name on every object, so all objects of one deployment are found with one selector. */
    static final String INSTANCE_KEY = "app.kubernetes.io/instance";

    static final String MODEL_LABEL = "ai.gke.io/model";
    static final String SERVER_LABEL = "ai.gke.io/inference-server";
    static final String VERSION_ANNOTATION = "recommender.ai.gke.io/version";

    /** DNS-1123 label; Service names additionally start with a letter (DNS-1035), which the base name enforces. */
    static final Pattern DNS_1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

    static final Pattern DNS_1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private static final Pattern NOT_NAME_CHARS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

    private final String base;
    private final String modelShort;
    private final ServerKind server;

    ObjectNames(String base, String modelShort, ServerKind server) {
        this.base = base;
        this.modelShort = modelShort;
        this.server = server;
    }

    /** The names for a plan: its override, or {@code <model-short>-<server>} shortened to fit. */
    static ObjectNames of(DeploymentPlan plan, ServerKind server) {
        String modelShort = modelShortName(plan.model().id());
        String base = plan.name() != null ? plan.name() : derivedBase(modelShort, server);
        return new ObjectNames(base, modelShort, server);
    }

    /**
     * {@code google/gemma-2-27b-it} becomes {@code gemma-2-27b-it}: the part after the owner, lower case, runs of
     * other characters as one {@code -}. A name starting with a digit gets an {@code m-} prefix (Service names must
     * start with a letter).
     */
    static String modelShortName(String huggingFaceId) {
        String name = huggingFaceId.substring(huggingFaceId.indexOf('/') + 1).toLowerCase(Locale.ROOT);
        name = EDGE_DASHES.matcher(NOT_NAME_CHARS.matcher(name).replaceAll("-")).replaceAll("");
        if (name.isEmpty()) return "model";
        return Character.isLetter(name.charAt(0)) ? name : "m-" + name;
    }

    static String derivedBase(String modelShort, ServerKind server) {
        String suffix = "-" + server.id();
        String model = modelShort;
        if (model.length() + suffix.length() > MAX_BASE_LENGTH) {
            model = TRAILING_DASHES
                    .matcher(model.substring(0, MAX_BASE_LENGTH - suffix.length()))
                    .replaceAll("");
        }
        return model + suffix;
    }

    String base() {
        return base;
    }

    /** Value of {@code ai.gke.io/model}: a label value, so at most 63 characters and ending alphanumeric. */
    String modelLabel() {
        String value = modelShort.length() > MAX_LABEL_LENGTH ? modelShort.substring(0, MAX_LABEL_LENGTH) : modelShort;
        return TRAILING_DASHES.matcher(value).replaceAll("");
    }

    String deployment() {
        return base + "-deployment";
    }

    String service() {
        return base + "-service";
    }

    String podMonitoring() {
        return base + "-podmonitoring";
    }

    String serviceMonitor() {
        return base + "-servicemonitor";
    }

    String hpa() {
        return base + "-hpa";
    }

    String serviceAccount() {
        return base + "-sa";
    }

    String app() {
        return base + LONGEST_SUFFIX;
    }

    /** On every object: who manages it, which deployment it belongs to, and GKE's {@code app} label. */
    Map<String, String> commonLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("app", app());
        labels.put(INSTANCE_KEY, base);
        labels.put(MANAGED_BY_KEY, MANAGED_BY_VALUE);
        return labels;
    }

    /** What the Deployment, Service and monitors select pods by (as GKE's blueprints: app + deployment). */
    Map<String, String> selector() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("app", app());
        labels.put("deployment", deployment());
        return labels;
    }

    Map<String, String> podLabels(boolean gke) {
        Map<String, String> labels = new LinkedHashMap<>(selector());
        labels.put(INSTANCE_KEY, base);
        labels.put(MANAGED_BY_KEY, MANAGED_BY_VALUE);
        if (gke) {
            labels.put(MODEL_LABEL, modelLabel());
            labels.put(SERVER_LABEL, server.gkeLabel());
        }
        return labels;
    }
}
