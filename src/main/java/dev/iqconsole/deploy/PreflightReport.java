package dev.iqconsole.deploy;

import java.util.List;

/** All findings of one check, in the order they were made. */
public record PreflightReport(String context, String namespace, List<Finding> findings) {

    public boolean canDeploy() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.FAIL);
    }

    public Severity worst() {
        return findings.stream().map(Finding::severity).max(Enum::compareTo).orElse(Severity.PASS);
    }

    public String summary() {
        if (findings.size() == 1 && findings.getFirst().severity() == Severity.FAIL) {
            return findings.getFirst().sentence(); // e.g. the cluster did not answer: one sentence says it all
        }
        long fails = count(Severity.FAIL);
        long warns = count(Severity.WARN);
        if (fails > 0) {
            return counted(fails, "problem") + " must be fixed before deploying"
                    + (warns > 0 ? "; " + counted(warns, "warning") + "." : ".");
        }
        return warns > 0
                ? "Ready to deploy, with " + counted(warns, "warning") + "."
                : "Ready to deploy: every check passed.";
    }

    /** {@code 1 problem}, {@code 2 problems}: words a person would write, not {@code problem(s)}. */
    public static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** Why a deploy cannot go ahead: each failed check's sentence and fix; empty when nothing blocks it. */
    public String blocking() {
        return findings.stream()
                .filter(f -> f.severity() == Severity.FAIL)
                .map(f -> f.fix().isEmpty() ? f.sentence() : f.sentence() + " " + f.fix())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
