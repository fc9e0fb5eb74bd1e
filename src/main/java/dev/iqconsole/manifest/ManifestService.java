package dev.iqconsole.manifest;

import java.time.Clock;
import org.springframework.stereotype.Service;

/** The generator as a Spring bean for the API and the deploy feature; dates in UTC. */
@Service
public class ManifestService {

    private final ManifestGenerator generator = new ManifestGenerator(Clock.systemUTC());

    /** @throws InvalidPlanException with every problem of the plan */
    public ManifestSet generate(DeploymentPlan plan) {
        return generator.generate(plan);
    }

    /** @param stack {@code null}: no serving stack (Deployment and Service only) */
    public ManifestSet generate(DeploymentPlan plan, ServingStackPlan stack) {
        return stack == null ? generator.generate(plan) : generator.generate(plan, stack);
    }
}
