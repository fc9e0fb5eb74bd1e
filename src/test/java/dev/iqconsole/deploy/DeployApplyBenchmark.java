package dev.iqconsole.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Run by {@code bench/deploy.sh}: one manifest set applied by the console in-process vs {@code kubectl apply
 * --server-side -f} of the same YAML against the same mock API server, then a 100-deployment burst. Wall times,
 * medians of repeated runs after warm-up; not a JMH microbenchmark because kubectl is a separate process.
 */
public class DeployApplyBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        try (MockCluster cluster = new MockCluster()) {
            cluster.client
                    .namespaces()
                    .resource(DeployObjects.namespace(Fixtures.request("bench", "x", null)))
                    .create();
            List<Long> console = new ArrayList<>();
            List<Long> kubectl = new ArrayList<>();
            for (int i = 0; i < runs + 3; i++) {
                String name = "m" + i;
                DeployRequest request = Fixtures.request("bench", name, null);
                List<HasMetadata> objects = DeployObjects.prepare(request, Fixtures.manifest(name), true);
                long t0 = System.nanoTime();
                var outcomes = Applier.apply(cluster.client, objects, true);
                long t1 = System.nanoTime();
                if (outcomes.stream().anyMatch(o -> o.state() != ObjectOutcome.State.APPLIED)) {
                    throw new IllegalStateException("console apply failed: " + outcomes);
                }
                // the same objects, renamed so that kubectl creates rather than updates, like the console did
                DeployRequest kRequest = Fixtures.request("bench", "k" + i, null);
                Path yaml = Files.createTempFile("bench", ".yaml");
                Files.writeString(yaml, Yaml.of(DeployObjects.prepare(kRequest, Fixtures.manifest("k" + i), true)));
                long t2 = System.nanoTime();
                Process p = new ProcessBuilder(
                                "kubectl",
                                "--kubeconfig",
                                cluster.kubeconfig.toString(),
                                "apply",
                                "--server-side",
                                "--field-manager=bench",
                                "--validate=false",
                                "-f",
                                yaml.toString())
                        .redirectErrorStream(true)
                        .start();
                String out = new String(p.getInputStream().readAllBytes());
                p.waitFor(60, TimeUnit.SECONDS);
                long t3 = System.nanoTime();
                Files.delete(yaml);
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("kubectl failed: " + out);
                }
                if (i >= 3) { // warm-up excluded
                    console.add(t1 - t0);
                    kubectl.add(t3 - t2);
                }
            }
            double c = median(console) / 1e6;
            double k = median(kubectl) / 1e6;
            System.out.printf("one manifest set (4 objects, dry run + apply by the console), %d runs:%n", runs);
            System.out.printf("  console in-process apply  median %.1f ms%n", c);
            System.out.printf("  kubectl apply --server-side median %.1f ms%n", k);
            System.out.printf("  ratio console/kubectl = %.3f (goal <= 0.5)%n", c / k);

            long b0 = System.nanoTime();
            int ok = 0;
            for (int i = 0; i < 100; i++) {
                String name = "burst-" + i;
                DeployRequest request = Fixtures.request("bench", name, null);
                var outcomes = Applier.apply(
                        cluster.client, DeployObjects.prepare(request, Fixtures.manifest(name), true), true);
                ok += outcomes.stream().allMatch(o -> o.state() == ObjectOutcome.State.APPLIED) ? 1 : 0;
            }
            double burst = (System.nanoTime() - b0) / 1e6;
            System.out.printf(
                    "100-deployment burst (400 objects, sequential): %.0f ms total, %.1f ms per deployment, %d/100 complete%n",
                    burst, burst / 100, ok);
        }
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
