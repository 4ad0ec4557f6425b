package org.csucasework.security.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused first-administrator password into Spring Boot's short "APPLICATION FAILED TO START" report: one
 * line saying which variable is wrong and why, and no stack trace for an operator to wade through.
 */
class BadAdministratorPasswordAnalyzer extends AbstractFailureAnalyzer<InitialAdministrator.BadAdministratorPassword> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InitialAdministrator.BadAdministratorPassword cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set CASEWORK_ADMIN_PASSWORD to a password that meets the policy and start again.", null);
    }
}
