package dev.iqconsole.deploy;

/**
 * One result of the preflight check.
 *
 * @param check what was checked, e.g. {@code Dry run Deployment vllm-gemma}
 * @param sentence what was found, in plain words
 * @param fix what to do about it; empty when nothing is needed
 */
public record Finding(String check, Severity severity, String sentence, String fix) {

    static Finding pass(String check, String sentence) {
        return new Finding(check, Severity.PASS, sentence, "");
    }

    static Finding warn(String check, String sentence, String fix) {
        return new Finding(check, Severity.WARN, sentence, fix);
    }

    static Finding fail(String check, String sentence, String fix) {
        return new Finding(check, Severity.FAIL, sentence, fix);
    }
}
