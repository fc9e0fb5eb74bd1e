package dev.iqconsole.manifest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan the generator refuses, with every problem found (not only the first), each naming its field and what is
 * allowed. The message is written for users; it never contains a stack trace or a secret.
 */
public class InvalidPlanException extends IllegalArgumentException {

    /** One problem: the plan field (as the API names it) and a specific message. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private final List<Problem> problems;

    public InvalidPlanException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
