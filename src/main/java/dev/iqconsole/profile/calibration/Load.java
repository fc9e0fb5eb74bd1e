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

    /** Everything at once (offline, or request rate inf): the batch is as large as the server allows. */
    record Saturation() implements Load {}
}
