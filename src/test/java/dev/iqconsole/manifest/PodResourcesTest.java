package dev.iqconsole.manifest;

import static dev.iqconsole.manifest.Plans.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PodResourcesTest {

    private static PodResources of(DeploymentPlan plan) {
        return PodResources.of(Resolved.of(plan, "test"));
    }

    @Test
    void gke_reserves_the_documented_share_of_cpu_and_memory() {
        // 4 vCPUs: 6% + 1% + 2 x 0.5% = 0.08 (GKE's table gives 80 millicores)
        assertThat(NodeBudget.reservedCpus(4)).isCloseTo(0.08, within(1e-9));
        // 208 vCPUs: 0.08 + 204 x 0.25% = 0.59
        assertThat(NodeBudget.reservedCpus(208)).isCloseTo(0.59, within(1e-9));
        // 16 GiB: 1 + 0.8 + 0.8 = 2.6 GiB, plus the 100 MiB eviction threshold
        assertThat(NodeBudget.reservedMemoryGib(16)).isCloseTo(2.6 + 100.0 / 1024, within(1e-9));
        // 256 GiB: 2.6 + 112 x 6% + 128 x 2% = 11.88 GiB, plus the threshold
        assertThat(NodeBudget.reservedMemoryGib(256)).isCloseTo(11.88 + 100.0 / 1024, within(1e-9));
    }

    @Test
    void cpu_is_two_per_accelerator_plus_two_as_in_gkes_four_l4_example() {
        var resources = of(gemmaOnL4());
        assertThat(resources.cpu()).isEqualTo("10");
        assertThat(resources.requirements().getLimits()).doesNotContainKey("cpu");
    }

    @Test
    void requests_never_exceed_what_the_node_leaves_after_its_reservation() {
        // 4 vCPUs and 16 GB: 3.92 - 1 = 2.9 vCPUs; 14.9 GiB - 2.6 reserved - 2 for DaemonSets = 10.2 GiB
        var small = machine("g2-standard-4", "nvidia-l4", 1, null, 4, 16);
        var resources = of(plan(LLAMA_3_8B, VLLM_GPU, L4, small));
        assertThat(resources.cpu()).isEqualTo("2900m");
        assertThat(resources.memoryGib()).isEqualTo(10);
        assertThat(resources.memoryCapped()).isTrue();
        assertThat(generate(plan(LLAMA_3_8B, VLLM_GPU, L4, small)).notes())
                .anySatisfy(n -> assertThat(n).startsWith("Memory is capped at what g2-standard-4 leaves"));
    }

    @Test
    void weights_downloaded_to_disk_need_ephemeral_storage_and_a_bucket_needs_memory_for_its_cache() {
        var fromHuggingFace = of(plan(GEMMA_2_27B, SGLANG, H100, A3_HIGHGPU_1G));
        var fromBucket = of(withBucket(plan(GEMMA_2_27B, SGLANG, H100, A3_HIGHGPU_1G), "gs://my-models/gemma"));

        // 10 + ceil(1.2 x 50.7) = 71 on disk, against 10 from the bucket
        assertThat(fromHuggingFace.ephemeralStorageGib()).isEqualTo(71);
        assertThat(fromBucket.ephemeralStorageGib()).isEqualTo(10);
        // the FUSE file cache is memory-backed: the weights once more
        assertThat(fromBucket.memoryGib() - fromHuggingFace.memoryGib()).isEqualTo(51);
    }

    @Test
    void an_unknown_machine_size_requests_the_servers_needs_and_the_notes_say_so() {
        var unknown =
                new dev.iqconsole.catalog.MachineType("a3-ultragpu-8g", "nvidia-h100-80gb", 8, null, null, null, REF);
        var resources = of(plan(QWEN3_32B, VLLM_GPU, H100, unknown));
        assertThat(resources.cpu()).isEqualTo("18");
        assertThat(resources.memoryCapped()).isFalse();
        assertThat(generate(plan(QWEN3_32B, VLLM_GPU, H100, unknown)).notes())
                .anySatisfy(
                        n -> assertThat(n).startsWith("The catalog does not give a3-ultragpu-8g's vCPUs or memory"));
    }
}
