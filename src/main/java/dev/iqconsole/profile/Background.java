package dev.iqconsole.profile;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Work started off the start path on its own thread, and its result awaited where it is needed. */
final class Background {

    private static final Logger log = LoggerFactory.getLogger(Background.class);

    private Background() {}

    /**
     * On a thread of its own, not the common pool: the curve build's parallel stream runs in the common pool, which
     * has one worker on two cores.
     */
    static <T> CompletableFuture<T> run(String name, Supplier<T> work) {
        var future = new CompletableFuture<T>();
        Thread.ofPlatform().name(name).daemon().start(() -> {
            try {
                future.complete(work.get());
            } catch (RuntimeException | Error e) {
                log.error("{} failed", name, e);
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    /** The result, or the work's own exception (a catalog error names the row), not a wrapper. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error cause) throw cause;
            throw e;
        }
    }
}
