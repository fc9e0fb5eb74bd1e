package dev.iqconsole.deploy;

/** Names that mark the objects this console owns; the manifest generator uses the same ones. */
public final class ManagedLabels {

    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String CONSOLE = "inference-quickstart-console";
    /** Groups every object of one model deployment, so that delete finds them all. */
    public static final String DEPLOYMENT = "iqconsole.dev/deployment";
    /** Server-side apply field manager: the cluster records which fields the console owns. */
    public static final String FIELD_MANAGER = "inference-quickstart-console";
    /** The Secret the GKE model server manifests read {@code HF_TOKEN} from. */
    public static final String HF_SECRET = "hf-secret";

    public static final String HF_SECRET_KEY = "hf_api_token";
    /** Profile labels shown in the workloads list (model, server, accelerator ...). */
    public static final String PROFILE_PREFIX = "iqconsole.dev/";

    private ManagedLabels() {}
}
