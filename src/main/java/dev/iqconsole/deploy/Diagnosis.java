package dev.iqconsole.deploy;

import java.util.List;

/**
 * One problem of a rollout in plain words.
 *
 * @param pod the pod it concerns; empty when it concerns the deployment
 * @param problem what is wrong
 * @param fix what to do
 * @param logLines the last log lines that show it (crash loops), possibly empty
 */
public record Diagnosis(String pod, String problem, String fix, List<String> logLines) {}
