package dev.iqconsole.manifest;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to generate one plan's objects and notes ({@code *Objects}), and the same plus the YAML of every object
 * ({@code *Yaml}), as the API and the preview pay it. Run by {@code bench/manifest.sh}; goal p99 under 1 ms after warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ManifestBenchmark {

    private final ManifestGenerator generator = new ManifestGenerator(Plans.CLOCK);

    /** vLLM on 4 x L4 from Hugging Face with an HPA: Deployment, Service, PodMonitoring, HPA. */
    private final DeploymentPlan gkeWithHpa = GoldenManifestTest.planFor("vllm-gpu");

    /** SGLang from a Cloud Storage bucket: ServiceAccount, Deployment, Service, PodMonitoring. */
    private final DeploymentPlan gkeFromBucket = GoldenManifestTest.planFor("sglang-gpu");

    /** TGI on generic Kubernetes with an HPA: Deployment, Service, ServiceMonitor, HPA. */
    private final DeploymentPlan kubernetes = GoldenManifestTest.planFor("tgi-gpu");

    @Benchmark
    public ManifestSet vllmGkeWithHpaObjects() {
        return generator.generate(gkeWithHpa);
    }

    @Benchmark
    public ManifestSet sglangGkeFromBucketObjects() {
        return generator.generate(gkeFromBucket);
    }

    @Benchmark
    public ManifestSet tgiKubernetesWithHpaObjects() {
        return generator.generate(kubernetes);
    }

    /** The full gcloud-style text (every object's YAML and the comments) for the largest set. */
    @Benchmark
    public String vllmGkeWithHpaYaml() {
        return generator.generate(gkeWithHpa).yaml(OutputMode.ALL);
    }

    @Benchmark
    public String tgiKubernetesWithHpaYaml() {
        return generator.generate(kubernetes).yaml(OutputMode.ALL);
    }
}
