package dev.iqconsole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.core.metrics.StartupStep;

/**
 * Where the console's start goes, in Spring's own startup steps: starts the console with a
 * {@link BufferingApplicationStartup}, prints the steps that took longest by their own time (their duration less that
 * of the steps inside them), the beans whose creation took longest in all, and the time per step name, then stops.
 * Run by {@code bench/startup-steps.sh}, which starts it in a fresh folder like any start of {@code bench/startup.sh}.
 */
public final class StartupSteps {

    private static final int SHOWN = 25;

    private StartupSteps() {}

    public static void main(String[] args) {
        var startup = new BufferingApplicationStartup(50_000);
        var application = new SpringApplication(Application.class);
        application.setApplicationStartup(startup);
        var context = application.run(args);
        List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        context.close();
        print(events);
        writeTimeline(events);
        System.exit(0);
    }

    private static void print(List<TimelineEvent> events) {
        Map<Long, Duration> childTime = new HashMap<>();
        for (var event : events) {
            var parent = event.getStartupStep().getParentId();
            if (parent != null) {
                childTime.merge(parent, event.getDuration(), Duration::plus);
            }
        }
        record Row(String label, long totalMs, long selfMs) {}
        var rows = new ArrayList<Row>();
        for (var event : events) {
            var step = event.getStartupStep();
            var total = event.getDuration();
            var self = total.minus(childTime.getOrDefault(step.getId(), Duration.ZERO));
            rows.add(new Row(label(step), total.toMillis(), self.toMillis()));
        }
        System.out.println("== steps by own time (ms own / ms in all) ==");
        rows.stream()
                .sorted((a, b) -> Long.compare(b.selfMs(), a.selfMs()))
                .limit(SHOWN)
                .forEach(r -> System.out.printf("%6d %6d  %s%n", r.selfMs(), r.totalMs(), r.label()));
        System.out.println("== bean creations by time in all (ms, includes the beans each one needed) ==");
        rows.stream()
                .filter(r -> r.label().startsWith("spring.beans.instantiate"))
                .sorted((a, b) -> Long.compare(b.totalMs(), a.totalMs()))
                .limit(SHOWN)
                .forEach(r -> System.out.printf("%6d  %s%n", r.totalMs(), r.label()));
        System.out.println("== own time per step name (ms, count) ==");
        events.stream()
                .collect(Collectors.groupingBy(
                        e -> e.getStartupStep().getName(),
                        Collectors.summingLong(e -> e.getDuration()
                                .minus(childTime.getOrDefault(e.getStartupStep().getId(), Duration.ZERO))
                                .toMillis())))
                .entrySet()
                .stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("%6d  %s%n", e.getValue(), e.getKey()));
    }

    /** Every step in start order, indented by depth, to startup-steps.txt in the working folder. */
    private static void writeTimeline(List<TimelineEvent> events) {
        Map<Long, Integer> depth = new HashMap<>();
        var first = events.stream()
                .map(TimelineEvent::getStartTime)
                .min(Instant::compareTo)
                .orElseThrow();
        var lines = new ArrayList<String>();
        events.stream()
                .sorted(Comparator.comparing(TimelineEvent::getStartTime))
                .forEach(e -> {
                    var step = e.getStartupStep();
                    int d = step.getParentId() == null ? 0 : depth.getOrDefault(step.getParentId(), 0) + 1;
                    depth.put(step.getId(), d);
                    lines.add(String.format(
                            "%6d %6d %s%s",
                            Duration.between(first, e.getStartTime()).toMillis(),
                            e.getDuration().toMillis(),
                            "  ".repeat(d),
                            label(step)));
                });
        try {
            Files.write(Path.of("startup-steps.txt"), lines);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String label(StartupStep step) {
        var tags = StreamSupport.stream(step.getTags().spliterator(), false)
                .map(t -> t.getKey() + "=" + t.getValue())
                .collect(Collectors.joining(", "));
        return step.getName() + (tags.isEmpty() ? "" : " [" + tags + "]");
    }
}
