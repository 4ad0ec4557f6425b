package org.csucasework.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportStatus;
import org.csucasework.shared.Role;
import org.csucasework.support.OwnApplicationContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The README's promise that {@code CASEWORK_DEMO_DATA=true} turns the demo on in any profile: the postgres profile on
 * an empty database with a first administrator from the environment starts, with the demo accounts and reports.
 * (It failed with "Not signed in": the first administrator made the database non-empty, so no demo accounts were
 * created, and the demo reports are logged as the demo caseworker.)
 */
@SpringBootTest(properties = {
        "casework.demo-data=true",
        "casework.admin.username=chief",
        "casework.admin.password=First-admin-2026-long",
        "camunda.bpm.process-engine-name=demo-on-postgres"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = DemoDataWithPostgresProfileTest.EmptyDemoDatabase.class)
@DirtiesContext
@OwnApplicationContext
class DemoDataWithPostgresProfileTest {

    @Autowired UserService users;
    @Autowired ReportService reports;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void itStartsWithTheFirstAdministratorTheDemoAccountsAndTheDemoReports() {
        assertThat(users.findByUsername("chief")).hasValueSatisfying(
                chief -> assertThat(chief.roles()).containsExactly(Role.ADMIN));
        for (String username : List.of("admin", "supervisor", "caseworker", "analyst", "police", "housing")) {
            assertThat(users.findByUsername(username)).as(username).isPresent();
        }
        assertThat(reports.countByStatus(ReportStatus.NEW) + reports.countByStatus(ReportStatus.IN_PROGRESS))
                .as("the demo reports, and the two of the demo escalation cases with an ABA and an injunction")
                .isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from escalation_case", Long.class)).isEqualTo(3);
        assertThat(jdbc.queryForList("select outcome from escalation_aba_agreement", String.class))
                .containsExactly("SIGNED");
        assertThat(jdbc.queryForList("select kind from escalation_legal_outcome", String.class))
                .containsExactly("INJUNCTION");
    }

    static class EmptyDemoDatabase extends FirstAdministratorOnEmptyDatabaseTest.EmptyDatabase {
        @Override
        protected String suffix() {
            return "_demo";
        }
    }
}
