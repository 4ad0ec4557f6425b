package org.csucasework.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** A first-administrator password that breaks the policy stops start-up with one line an operator can act on. */
class InitialAdministratorPasswordTest {

    @Test
    void aPasswordContainingTheUsernameIsRefusedNamingTheVariableAndWhy() {
        assertThatThrownBy(() -> InitialAdministrator.checkPassword("chief", "chief-of-staff-2026"))
                .isInstanceOf(InitialAdministrator.BadAdministratorPassword.class)
                .hasMessageStartingWith("CASEWORK_ADMIN_PASSWORD is refused: The password must not contain the username")
                .hasMessageContaining("CASEWORK_ADMIN_USERNAME is 'chief'")
                .hasMessageNotContaining("\n");
        assertThatCode(() -> InitialAdministrator.checkPassword("chief", "First-admin-2026-long")).doesNotThrowAnyException();
    }

    @Test
    void startUpReportsItWithoutAStackTrace() {
        RuntimeException failure = new IllegalStateException("Failed to execute ApplicationRunner",
                new InitialAdministrator.BadAdministratorPassword("CASEWORK_ADMIN_PASSWORD is refused: too short."));

        FailureAnalysis analysis = new BadAdministratorPasswordAnalyzer().analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).isEqualTo("CASEWORK_ADMIN_PASSWORD is refused: too short.");
        assertThat(analysis.getAction()).contains("CASEWORK_ADMIN_PASSWORD");
        // Spring Boot only asks the analysers it finds in META-INF/spring.factories.
        assertThat(SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, getClass().getClassLoader()))
                .contains(BadAdministratorPasswordAnalyzer.class.getName());
    }
}
