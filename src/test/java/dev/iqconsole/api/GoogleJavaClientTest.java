package dev.iqconsole.api;

import static dev.iqconsole.fixtures.FixtureCatalog.GEMMA;
import static dev.iqconsole.fixtures.FixtureCatalog.GPT_OSS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.api.client.http.HttpResponseException;
import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.rpc.InvalidArgumentException;
import com.google.api.gax.rpc.NotFoundException;
import com.google.cloud.gkerecommender.v1.Cost;
import com.google.cloud.gkerecommender.v1.FetchBenchmarkingDataRequest;
import com.google.cloud.gkerecommender.v1.FetchModelServerVersionsRequest;
import com.google.cloud.gkerecommender.v1.FetchModelServersRequest;
import com.google.cloud.gkerecommender.v1.FetchModelsRequest;
import com.google.cloud.gkerecommender.v1.FetchProfilesRequest;
import com.google.cloud.gkerecommender.v1.GenerateOptimizedManifestRequest;
import com.google.cloud.gkerecommender.v1.GkeInferenceQuickstartClient;
import com.google.cloud.gkerecommender.v1.GkeInferenceQuickstartSettings;
import com.google.cloud.gkerecommender.v1.KubernetesManifest;
import com.google.cloud.gkerecommender.v1.ModelServerInfo;
import com.google.cloud.gkerecommender.v1.PerformanceRequirements;
import com.google.cloud.gkerecommender.v1.Profile;
import com.google.cloud.gkerecommender.v1.StorageConfig;
import dev.iqconsole.fixtures.FixtureCatalogContext;
import dev.iqconsole.manifest.ManifestYaml;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Google's own Java client ({@code google-cloud-gkerecommender} 0.8.0) over HTTP/JSON against the console: every v1
 * call it has, paging included. It has no useCases call; that one is covered over plain HTTP in {@link ApiHttpTest}.
 */
@FixtureCatalogContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoogleJavaClientTest {

    @LocalServerPort
    int port;

    private GkeInferenceQuickstartClient client;

    @BeforeAll
    void connect() throws Exception {
        client = GkeInferenceQuickstartClient.create(GkeInferenceQuickstartSettings.newHttpJsonBuilder()
                .setEndpoint("http://127.0.0.1:" + port)
                .setCredentialsProvider(NoCredentialsProvider.create())
                .build());
    }

    @AfterAll
    void close() {
        client.close();
    }

    private static <T> List<T> all(Iterable<T> items) {
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    @Test
    void fetch_models_pages_through_every_model_one_at_a_time() {
        var response = client.fetchModels(
                FetchModelsRequest.newBuilder().setPageSize(1).build());

        assertThat(response.getPage().getResponse().getModelsList()).containsExactly(GEMMA);
        assertThat(all(response.iterateAll())).containsExactly(GEMMA, GPT_OSS);
    }

    @Test
    void fetch_model_servers_and_versions() {
        var servers = client.fetchModelServers(
                FetchModelServersRequest.newBuilder().setModel(GPT_OSS).build());
        var versions = client.fetchModelServerVersions(FetchModelServerVersionsRequest.newBuilder()
                .setModel(GPT_OSS)
                .setModelServer("vllm")
                .setPageSize(2)
                .build());

        assertThat(all(servers.iterateAll())).containsExactly("vllm");
        assertThat(all(versions.iterateAll())).containsExactly("v0.10.1", "nightly-20250801", "v0.7.2");
    }

    @Test
    void fetch_profiles_with_a_target_pages_through_profiles_read_at_the_target() {
        var request = FetchProfilesRequest.newBuilder()
                .setModel(GEMMA)
                .setModelServer("vllm")
                .setPerformanceRequirements(PerformanceRequirements.newBuilder()
                        .setTargetNtpotMilliseconds(100)
                        .setTargetCost(Cost.newBuilder().setPricingModel("spot").setOutputInputCostRatio(4.0f)))
                .setPageSize(1)
                .build();

        var response = client.fetchProfiles(request);
        List<Profile> profiles = all(response.iterateAll());

        // no servingStack asked: each profile also for llm-d (client 0.8.0 predates the field and cannot tell them
        // apart)
        assertThat(profiles)
                .extracting(Profile::getInstanceType)
                .containsExactly("a3-highgpu-1g", "a3-highgpu-1g", "a2-highgpu-2g", "a2-highgpu-2g");
        assertThat(profiles.get(1)).isEqualTo(profiles.getFirst());
        var h100 = profiles.getFirst().getPerformanceStats(0);
        assertThat(h100.getNtpotMilliseconds()).isEqualTo(100);
        assertThat(h100.getOutputTokensPerSecond()).isEqualTo(2052);
        assertThat(h100.getCost(0).getPricingModel()).isEqualTo("spot");
        assertThat(h100.getCost(0).getCostPerMillionOutputTokens().getNanos()).isPositive();
        assertThat(profiles.get(2).getPerformanceStats(0).getCostList())
                .as("no price: N/A")
                .isEmpty();
        var range = response.getPage().getResponse().getPerformanceRange();
        assertThat(range.getThroughputOutputRange().getMin()).isEqualTo(1296);
        assertThat(range.getThroughputOutputRange().getMax()).isEqualTo(2052);
    }

    @Test
    void fetch_profiles_without_targets_prices_giqs_published_point_from_the_price_sheet_as_an_amount() {
        var response = client.fetchProfiles(
                FetchProfilesRequest.newBuilder().setModel(GEMMA).build());
        Profile first = response.getPage().getResponse().getProfile(0);

        var cost = first.getPerformanceStats(0).getCost(0);
        // the fixture's $2.08/h over 2,050 output and 2,376 input tok/s (chatbot's 226:195), input weighted by 1/4
        double usdPerMillionOutput = 2.08 / 3600 * 1e6 / (2050.0 * 226 / 195 / 4 + 2050);
        assertThat(cost.getCostPerMillionOutputTokens().getUnits()).isZero();
        assertThat(cost.getCostPerMillionOutputTokens().getNanos())
                .isEqualTo((int) Math.round(usdPerMillionOutput * 1e9));
        assertThat(cost.getCostPerMillionInputTokens().getNanos())
                .isEqualTo((int) Math.round(usdPerMillionOutput / 4 * 1e9));
        // GIQ's own $0.222 (at its 2025 prices) is named in the comments as a reference only
        assertThat(response.getPage().getResponse().getComments()).contains("GIQ published $0.222/M output tokens");
        assertThat(first.getModelServerInfo().getModelServerVersion()).isEqualTo("v0.7.2");
        assertThat(first.getResourcesUsed().getAcceleratorCount()).isEqualTo(1);
    }

    @Test
    void an_unreachable_target_comes_back_empty_with_a_comment() {
        var response = client.fetchProfiles(FetchProfilesRequest.newBuilder()
                .setModel(GEMMA)
                .setPerformanceRequirements(PerformanceRequirements.newBuilder().setTargetNtpotMilliseconds(20))
                .build());

        assertThat(response.getPage().getResponse().getProfileList()).isEmpty();
        assertThat(response.getPage().getResponse().getComments()).contains("NTPOT target of 20 ms");
    }

    @Test
    void fetch_benchmarking_data_returns_every_point_of_the_curve() {
        var response = client.fetchBenchmarkingData(FetchBenchmarkingDataRequest.newBuilder()
                .setModelServerInfo(ModelServerInfo.newBuilder()
                        .setModel(GPT_OSS)
                        .setModelServer("vllm")
                        .setModelServerVersion("v0.10.1"))
                .setInstanceType("a3-highgpu-1g")
                .setPricingModel("spot")
                .build());

        // the curve without a serving stack, then the same curve for llm-d (no change claimed)
        assertThat(response.getProfileList()).hasSize(2);
        assertThat(response.getProfile(1)).isEqualTo(response.getProfile(0));
        assertThat(response.getProfile(0)).satisfies(p -> {
            assertThat(p.getPerformanceStatsCount()).isEqualTo(7);
            List<Integer> ntpot = new ArrayList<>();
            p.getPerformanceStatsList().forEach(s -> ntpot.add(s.getNtpotMilliseconds()));
            assertThat(ntpot).containsExactly(7, 8, 11, 19, 33, 67, 217);
            assertThat(p.getPerformanceStats(0).getQueriesPerSecond()).isEqualTo(6.84f);
        });
    }

    @Test
    void errors_reach_the_client_typed_by_http_status() {
        assertThatThrownBy(() -> client.fetchModelServers(FetchModelServersRequest.newBuilder()
                        .setModel("acme/nope")
                        .build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.fetchProfiles(FetchProfilesRequest.newBuilder()
                        .setPerformanceRequirements(PerformanceRequirements.newBuilder()
                                .setTargetCost(Cost.newBuilder().setPricingModel("free")))
                        .build()))
                .isInstanceOf(InvalidArgumentException.class);
    }

    private static GenerateOptimizedManifestRequest.Builder manifestFor(String model, String accelerator) {
        return GenerateOptimizedManifestRequest.newBuilder()
                .setModelServerInfo(ModelServerInfo.newBuilder().setModel(model).setModelServer("vllm"))
                .setAcceleratorType(accelerator);
    }

    @Test
    void generate_optimized_manifest_returns_the_objects_the_comments_and_the_manifest_version() {
        var response = client.generateOptimizedManifest(manifestFor(GPT_OSS, "nvidia-h100-80gb")
                .setKubernetesNamespace("models")
                .setPerformanceRequirements(PerformanceRequirements.newBuilder().setTargetNtpotMilliseconds(30))
                .setStorageConfig(StorageConfig.newBuilder().setModelBucketUri("gs://my-models/gpt-oss-20b"))
                .build());

        assertThat(response.getKubernetesManifestsList())
                .extracting(KubernetesManifest::getKind)
                .containsExactly("ServiceAccount", "Deployment", "Service", "PodMonitoring", "HorizontalPodAutoscaler");
        assertThat(response.getKubernetesManifestsList())
                .extracting(KubernetesManifest::getApiVersion)
                .containsExactly("v1", "apps/v1", "v1", "monitoring.googleapis.com/v1", "autoscaling/v2");
        var deployment = (Deployment)
                ManifestYaml.parse(response.getKubernetesManifests(1).getContent());
        assertThat(deployment.getMetadata().getName()).isEqualTo("gpt-oss-20b-vllm-deployment");
        assertThat(deployment.getMetadata().getNamespace()).isEqualTo("models");
        assertThat(deployment.getSpec().getTemplate().getSpec().getNodeSelector())
                .containsEntry("cloud.google.com/gke-accelerator", "nvidia-h100-80gb");
        assertThat(response.getComments(0)).startsWith("Generated on ").endsWith(" using:");
        assertThat(response.getManifestVersion()).isEqualTo("1");
    }

    @Test
    void generate_optimized_manifest_errors_are_typed_by_status_and_carry_our_message() {
        var noProfile = catchThrowableOfType(
                InvalidArgumentException.class,
                () -> client.generateOptimizedManifest(
                        manifestFor(GPT_OSS, "nvidia-l4").build()));
        var badUri = catchThrowableOfType(
                InvalidArgumentException.class,
                () -> client.generateOptimizedManifest(manifestFor(GPT_OSS, "nvidia-h100-80gb")
                        .setStorageConfig(StorageConfig.newBuilder().setModelBucketUri("my-models/gpt-oss"))
                        .build()));

        assertThat(((HttpResponseException) noProfile.getCause()).getContent())
                .contains("acceleratorType: no profile of " + GPT_OSS + " with vllm on 'nvidia-l4'");
        assertThat(((HttpResponseException) badUri.getCause()).getContent())
                .contains("storageConfig.modelBucketUri: must start with gs://");
        assertThatThrownBy(() -> client.generateOptimizedManifest(
                        manifestFor("acme/nope", "nvidia-h100-80gb").build()))
                .isInstanceOf(NotFoundException.class);
    }
}
