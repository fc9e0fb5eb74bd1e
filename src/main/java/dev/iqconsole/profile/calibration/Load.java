package dev.iqconsole.profile.calibration;

/** How requests arrive. */
public sealed interface Load {

    /** A closed loop: this many users, each sending its next request when the previous one has finished. */
    record Concurrency(double users) implements Load {
        public Concurrency {
            if (!(users > 0)) {
                throw new IllegalArgumentException("concurrency must be positive: " + users);
            }
        }
    }

    /** An open loop: Poisson arrivals at this many requests per second. */
    record RequestRate(double perSecond) implements Load {
        public RequestRate {
            if (!(perSecond > 0)) {
                throw new IllegalArgumentException("request rate must be positive: " + perSecond);
            }
        }
    }

    /**
     * {@code prompts} requests sent at once (a benchmark at request rate inf with a fixed prompt count) whose output
     * lengths vary like chat answers: exponentially around the mean, so the end of the run decodes the few longest
     * answers at a small batch. Throughput is the prompts' output over the whole run.
     */
    record Burst(int prompts) implements Load {
        public Burst {
            if (prompts < 1) {
                throw new IllegalArgumentException("a burst needs at least one prompt: " + prompts);
            }
        }
    }

    /** Everything at once (offline, or request rate inf): the batch is as large as the server allows. */
    record Saturation() implements Load {}
}
