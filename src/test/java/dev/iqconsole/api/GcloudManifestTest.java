package dev.iqconsole.api;

import static dev.iqconsole.fixtures.FixtureCatalog.GPT_OSS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iqconsole.fixtures.ConsoleHttp;
import dev.iqconsole.fixtures.FixtureCatalogContext;
import dev.iqconsole.manifest.ManifestYaml;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The preinstalled {@code gcloud alpha container ai profiles manifests create} (it calls v1alpha1 {@code GET
 * /v1alpha1/optimizedManifest}) against the running console, asserting on what gcloud prints and writes: gcloud
 * itself joins the manifests with {@code ---}, prefixes the comments with {@code # } and honours {@code --output}
 * and {@code --output-path}. Fails rather than skips without gcloud when {@code IQC_REQUIRE_REAL_CLIENTS=true}.
 */
@FixtureCatalogContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GcloudManifestTest {

    private static final String[] CREATE = {"alpha", "container", "ai", "profiles", "manifests", "create"};
    private static final String[] GPT_OSS_ON_H100 = {
        "--model=" + GPT_OSS, "--model-server=vllm", "--accelerator-type=nvidia-h100-80gb"
    };

    @LocalServerPort
    int port;

    @Autowired
    ConsoleHttp http;

    @Autowired
    JsonMapper mapper;

    private GcloudClient gcloud;

    @BeforeAll
    void configureGcloud() throws Exception {
        gcloud = GcloudClient.forServer(port);
    }

    @AfterAll
    void deleteGcloudConfig() throws Exception {
        if (gcloud != null) {
            gcloud.close();
        }
    }

    private GcloudClient.Result create(String... args) throws Exception {
        return gcloud.run(CREATE, args);
    }

    private GcloudClient.Result createOk(String... args) throws Exception {
        var result = create(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }

    private static String[] with(String... more) {
        String[] all = Arrays.copyOf(GPT_OSS_ON_H100, GPT_OSS_ON_H100.length + more.length);
        System.arraycopy(more, 0, all, GPT_OSS_ON_H100.length, more.length);
        return all;
    }

    /** The YAML documents gcloud printed before the comments, parsed back into typed objects. */
    private static List<HasMetadata> objects(String printed) {
        List<String> parts = List.of(printed.split("\n---\n"));
        return parts.subList(0, parts.size() - 1).stream()
                .map(ManifestYaml::parse)
                .toList();
    }

    @Test
    void prints_the_deployment_service_and_pod_monitoring_then_the_comments() throws Exception {
        String out = createOk(GPT_OSS_ON_H100).out();

        List<HasMetadata> objects = objects(out);
        assertThat(objects).extracting(HasMetadata::getKind).containsExactly("Deployment", "Service", "PodMonitoring");
        var deployment = (Deployment) objects.get(0);
        assertThat(deployment.getMetadata().getName()).isEqualTo("gpt-oss-20b-vllm-deployment");
        assertThat(deployment.getMetadata().getNamespace()).isEqualTo("default");
        assertThat(deployment.getSpec().getTemplate().getSpec().getNodeSelector())
                .containsEntry("cloud.google.com/gke-accelerator", "nvidia-h100-80gb");
        assertThat(((Service) objects.get(1)).getMetadata().getName()).isEqualTo("gpt-oss-20b-vllm-service");
        assertThat(objects.get(2)).isInstanceOf(GenericKubernetesResource.class);
        String comments = out.substring(out.lastIndexOf("\n---\n") + 5);
        assertThat(comments)
                .startsWith("# Generated on " + LocalDate.now(ZoneOffset.UTC) + " using:\n"
                        + "# Inference Quickstart Console manifest version 1\n"
                        + "# Model server vllm v0.10.1\n");
        assertThat(comments.lines()).allSatisfy(line -> assertThat(line).startsWith("#"));
    }

    @Test
    void prints_exactly_what_the_api_returned_joined_the_way_gcloud_documents() throws Exception {
        String out = createOk(GPT_OSS_ON_H100).out();

        JsonNode api = http.json(http.get("/v1alpha1/optimizedManifest?acceleratorType=nvidia-h100-80gb"
                + "&modelAndModelServerInfo.modelName=openai%2Fgpt-oss-20b"
                + "&modelAndModelServerInfo.modelServerName=vllm"));
        String manifests = api.get("k8sManifests")
                .valueStream()
                .map(m -> m.get("content").asString() + "\n---\n")
                .collect(Collectors.joining());
        String comments =
                api.get("comments").valueStream().map(c -> "# " + c.asString()).collect(Collectors.joining("\n"));
        assertThat(out).isEqualTo(manifests + comments + "\n");
    }

    @Test
    void output_manifest_prints_no_comments_and_output_comments_prints_only_comments() throws Exception {
        String manifestsOnly = createOk(with("--output=manifest")).out();
        String commentsOnly = createOk(with("--output=comments")).out();

        assertThat(manifestsOnly).endsWith("\n---\n\n").doesNotContain("# Generated on");
        assertThat(objects(manifestsOnly)).hasSize(3);
        assertThat(commentsOnly).startsWith("# Generated on ").doesNotContain("kind: Deployment");
        assertThat(commentsOnly.lines()).allSatisfy(line -> assertThat(line).startsWith("#"));
    }

    @Test
    void output_path_writes_the_file_and_says_so() throws Exception {
        Path file = gcloud.folder().resolve("gpt-oss.yaml");

        var result = createOk(with("--output-path=" + file));

        assertThat(result.out()).isEqualTo("Output saved to " + file + "\n");
        assertThat(Files.readString(file))
                .contains("name: gpt-oss-20b-vllm-deployment", "cloud.google.com/gke-accelerator: nvidia-h100-80gb")
                .contains("# Generated on ");
    }

    @Test
    void an_ntpot_target_the_profile_meets_adds_an_autoscaler_in_the_namespace() throws Exception {
        List<HasMetadata> objects = objects(
                createOk(with("--target-ntpot-milliseconds=30", "--namespace=llm", "--model-server-version=v0.10.1"))
                        .out());

        assertThat(objects)
                .extracting(HasMetadata::getKind)
                .containsExactly("Deployment", "Service", "PodMonitoring", "HorizontalPodAutoscaler");
        assertThat(objects).extracting(o -> o.getMetadata().getNamespace()).containsOnly("llm");
    }

    @Test
    void the_hidden_model_bucket_flag_loads_through_cloud_storage_fuse() throws Exception {
        List<HasMetadata> objects = objects(
                createOk(with("--model-bucket-uri=gs://my-models/gpt-oss-20b")).out());

        assertThat(objects).extracting(HasMetadata::getKind).startsWith("ServiceAccount", "Deployment");
        assertThat(((Deployment) objects.get(1))
                        .getSpec()
                        .getTemplate()
                        .getMetadata()
                        .getAnnotations())
                .containsEntry("gke-gcsfuse/volumes", "true");
    }

    @Test
    void bad_input_reaches_gcloud_as_an_error_naming_the_field() throws Exception {
        var noProfile = create("--model=" + GPT_OSS, "--model-server=vllm", "--accelerator-type=nvidia-l4");
        var badNamespace = create(with("--namespace=Team_A"));
        var unknownModel = create("--model=acme/nope", "--model-server=vllm", "--accelerator-type=nvidia-l4");

        assertThat(noProfile.exitCode()).isEqualTo(1);
        assertThat(noProfile.err())
                .contains("INVALID_ARGUMENT: acceleratorType: no profile of " + GPT_OSS
                        + " with vllm on 'nvidia-l4'. Profiles exist on: nvidia-h100-80gb (a3-highgpu-1g)");
        assertThat(badNamespace.exitCode()).isEqualTo(1);
        assertThat(badNamespace.err()).contains("INVALID_ARGUMENT: kubernetesNamespace: must be a DNS-1123 label");
        assertThat(unknownModel.exitCode()).isEqualTo(1);
        assertThat(unknownModel.err())
                .contains("NOT_FOUND: modelAndModelServerInfo.modelName: 'acme/nope' is not known.");
        assertThat(noProfile.out() + badNamespace.out() + unknownModel.out()).isEmpty();
    }
}
