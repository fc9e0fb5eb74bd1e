package dev.iqconsole.manifest;

import java.time.Clock;
import org.springframework.stereotype.Service;

/** The generator as a Spring bean for the API and the deploy feature; dates in UTC. */
@Service
public class ManifestService {

    /**
     * GKE's threshold (GiB of weights) from which a Hugging Face download needs a large {@code HF_HOME}: the
     * generator, the deploy page and the preflight all decide on this one figure.
     */
    public static final double LARGE_MODEL_GIB = Sizing.LARGE_MODEL_GIB;

    private final ManifestGenerator generator = new ManifestGenerator(Clock.systemUTC());

    /** @throws InvalidPlanException with every problem of the plan */
    public ManifestSet generate(DeploymentPlan plan) {
        return generator.generate(plan);
    }
}
