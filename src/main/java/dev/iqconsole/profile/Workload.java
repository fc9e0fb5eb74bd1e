package dev.iqconsole.profile;

import dev.iqconsole.catalog.UseCase;

/** A use case's mean request shape: Ī input and Ō output tokens. */
record Workload(String useCase, int inputTokens, int outputTokens) {

    static Workload of(UseCase useCase) {
        return new Workload(useCase.apiName(), useCase.averageInputTokens(), useCase.averageOutputTokens());
    }
}
