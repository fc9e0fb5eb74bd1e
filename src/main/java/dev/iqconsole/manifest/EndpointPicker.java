package dev.iqconsole.manifest;

import static dev.iqconsole.manifest.InferenceGateway.CONFIG_FILE;
import static dev.iqconsole.manifest.InferenceGateway.EPP_METRICS_PORT;
import static dev.iqconsole.manifest.InferenceGateway.EXT_PROC_PORT;
import static dev.iqconsole.manifest.InferenceGateway.HEALTH_PORT;
import static dev.iqconsole.manifest.InferenceGateway.POOL_GROUP;

import dev.iqconsole.catalog.ServingStack;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The endpoint picker of an {@link InferenceGateway}: its ServiceAccount, Role, RoleBinding, ConfigMap, Deployment and
 * Service, in the shapes of GIE's {@code inferencepool} Helm chart (up to llm-d 0.7) or llm-d Router's
 * {@code llm-d-router-gateway} chart (from llm-d 0.8). The picker scores the pool's replicas by prefix cache and load.
 */
final class EndpointPicker {

    private final InferenceGateway gateway;
    private final Resolved r;
    private final ServingStack stack;

    EndpointPicker(InferenceGateway gateway, Resolved r, ServingStack stack) {
        this.gateway = gateway;
        this.r = r;
        this.stack = stack;
    }

    private String eppName() {
        return gateway.eppName();
    }

    private String poolName() {
        return gateway.poolName();
    }

    private ObjectMeta metadata(String name) {
        return gateway.metadata(name);
    }

    private Map<String, String> eppSelector() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("app", eppName());
        labels.put(ObjectNames.INSTANCE_KEY, r.names().base());
        return labels;
    }

    ServiceAccount serviceAccount() {
        return new ServiceAccountBuilder().withMetadata(metadata(eppName())).build();
    }

    /** What the endpoint picker reads: the pool, its objectives and rewrites, and the pods it routes to. */
    Role role() {
        if (stack.eppConfig().llmdRouter()) {
            return routerRole();
        }
        return new RoleBuilder()
                .withMetadata(metadata(eppName()))
                .withRules(
                        new PolicyRuleBuilder()
                                .withApiGroups(POOL_GROUP)
                                .withResources("inferencepools")
                                .withVerbs("get", "watch", "list")
                                .build(),
                        new PolicyRuleBuilder()
                                .withApiGroups("inference.networking.x-k8s.io")
                                .withResources("inferenceobjectives", "inferencemodelrewrites")
                                .withVerbs("get", "watch", "list")
                                .build(),
                        new PolicyRuleBuilder()
                                .withApiGroups("")
                                .withResources("pods")
                                .withVerbs("get", "watch", "list")
                                .build())
                .build();
    }

    /**
     * llm-d Router's chart grants the same reads in two Roles ({@code -non-sa}: objectives and rewrites in the old and
     * the new ({@code llm-d.ai}) group, and pools; {@code -sa}: pods): one Role holds the same rules here.
     */
    private Role routerRole() {
        return new RoleBuilder()
                .withMetadata(metadata(eppName()))
                .withRules(
                        reads("inference.networking.x-k8s.io", "inferenceobjectives", "inferencemodelrewrites"),
                        reads("llm-d.ai", "inferenceobjectives", "inferencemodelrewrites"),
                        reads(POOL_GROUP, "inferencepools"),
                        reads("", "pods"))
                .build();
    }

    private static PolicyRule reads(String group, String... resources) {
        return new PolicyRuleBuilder()
                .withApiGroups(group)
                .withResources(resources)
                .withVerbs("get", "watch", "list")
                .build();
    }

    RoleBinding roleBinding() {
        return new RoleBindingBuilder()
                .withMetadata(metadata(eppName()))
                .addNewSubject()
                .withKind("ServiceAccount")
                .withName(eppName())
                .withNamespace(r.plan().namespace())
                .endSubject()
                .withNewRoleRef()
                .withApiGroup("rbac.authorization.k8s.io")
                .withKind("Role")
                .withName(eppName())
                .endRoleRef()
                .build();
    }

    ConfigMap config() {
        return new ConfigMapBuilder()
                .withMetadata(metadata(eppName()))
                .addToData(
                        CONFIG_FILE,
                        EndpointPickerConfigs.yaml(stack.eppConfig(), r.plan().server()))
                .build();
    }

    Deployment eppDeployment() {
        ObjectMeta meta = metadata(eppName());
        meta.getLabels().put(InferenceGatewayLabels.COMPONENT, InferenceGatewayLabels.ENDPOINT_PICKER);
        return new DeploymentBuilder()
                .withMetadata(meta)
                .withNewSpec()
                .withReplicas(1)
                // one active picker keeps the prefix-cache index whole; Recreate lets the new one take over (GIE chart)
                .withNewStrategy()
                .withType("Recreate")
                .endStrategy()
                .withNewSelector()
                .withMatchLabels(eppSelector())
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(eppSelector())
                .endMetadata()
                .withNewSpec()
                .withServiceAccountName(eppName())
                .withTerminationGracePeriodSeconds(130L)
                .addNewContainer()
                .withName("epp")
                .withImage(stack.eppImage())
                .withImagePullPolicy("IfNotPresent")
                .withArgs(EndpointPickerConfigs.args(
                        stack, poolName(), r.plan().namespace(), r.plan().server()))
                .withResources(router() ? routerResources() : null)
                .addNewPort()
                .withName("grpc")
                .withContainerPort(EXT_PROC_PORT)
                .endPort()
                .addNewPort()
                .withName("grpc-health")
                .withContainerPort(HEALTH_PORT)
                .endPort()
                .addNewPort()
                .withName("metrics")
                .withContainerPort(EPP_METRICS_PORT)
                .endPort()
                .withNewLivenessProbe()
                .withNewGrpc()
                .withPort(HEALTH_PORT)
                .withService("inference-extension")
                .endGrpc()
                .withInitialDelaySeconds(5)
                .withPeriodSeconds(10)
                .endLivenessProbe()
                .withNewReadinessProbe()
                .withNewGrpc()
                .withPort(HEALTH_PORT)
                .withService("inference-extension")
                .endGrpc()
                .withPeriodSeconds(2)
                .endReadinessProbe()
                .addNewEnv()
                .withName("NAMESPACE")
                .withNewValueFrom()
                .withNewFieldRef()
                .withFieldPath("metadata.namespace")
                .endFieldRef()
                .endValueFrom()
                .endEnv()
                .addNewEnv()
                .withName("POD_NAME")
                .withNewValueFrom()
                .withNewFieldRef()
                .withFieldPath("metadata.name")
                .endFieldRef()
                .endValueFrom()
                .endEnv()
                .addNewVolumeMount()
                .withName(configVolume())
                .withMountPath("/config")
                .endVolumeMount()
                .endContainer()
                .addNewVolume()
                .withName(configVolume())
                .withNewConfigMap()
                .withName(eppName())
                .endConfigMap()
                .endVolume()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    private boolean router() {
        return stack.eppConfig().llmdRouter();
    }

    private String configVolume() {
        return router() ? "plugins-config-volume" : "plugins-config";
    }

    /**
     * llm-d Router's chart refuses to render a picker without CPU and memory requests; its default asks 8 CPUs, and
     * the base values llm-d's guides share lower that to 4 (guides/recipes/router/base.values.yaml), which this uses.
     */
    private static ResourceRequirements routerResources() {
        return new ResourceRequirementsBuilder()
                .addToRequests("cpu", new Quantity("4"))
                .addToRequests("memory", new Quantity("8Gi"))
                .addToLimits("memory", new Quantity("16Gi"))
                .build();
    }

    Service eppService() {
        return new ServiceBuilder()
                .withMetadata(metadata(eppName()))
                .withNewSpec()
                .withType("ClusterIP")
                .withSelector(eppSelector())
                .addNewPort()
                .withName("grpc-ext-proc")
                .withProtocol("TCP")
                // llm-d Router v0.10's chart: the ext-proc port speaks HTTP/2 without TLS
                .withAppProtocol(
                        stack.eppConfig() == ServingStack.EndpointPickerConfig.LLM_D_ROUTER_V0_10
                                ? "kubernetes.io/h2c"
                                : null)
                .withPort(EXT_PROC_PORT)
                .withTargetPort(new IntOrString(EXT_PROC_PORT))
                .endPort()
                .addNewPort()
                .withName("http-metrics")
                .withProtocol("TCP")
                .withPort(EPP_METRICS_PORT)
                .withTargetPort(new IntOrString(EPP_METRICS_PORT))
                .endPort()
                .endSpec()
                .build();
    }
}
