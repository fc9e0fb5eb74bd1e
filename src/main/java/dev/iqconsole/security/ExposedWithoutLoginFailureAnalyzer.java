package dev.iqconsole.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the refusal into Spring Boot's short "APPLICATION FAILED TO START" report instead of a stack trace. */
class ExposedWithoutLoginFailureAnalyzer extends AbstractFailureAnalyzer<ExposedWithoutLoginException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ExposedWithoutLoginException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set iqconsole.security.users (or an OpenID Connect provider), or server.address=127.0.0.1.",
                cause);
    }
}
