package dev.iqconsole.deploy;

/** How a preflight finding affects Deploy. */
public enum Severity {
    PASS,
    WARN,
    /** Deploying now would fail or leave a workload that cannot run. */
    FAIL
}
