package org.csucasework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.shared.Role;
import org.csucasework.support.OwnApplicationContext;
import org.csucasework.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A production start on an empty PostgreSQL database: the postgres profile (no demo data) with
 * {@code CASEWORK_ADMIN_USERNAME} and {@code CASEWORK_ADMIN_PASSWORD} set. The database is dropped and created afresh
 * for each run, next to the shared test database.
 *
 * <p>The engine gets a name of its own for the reason given on {@code H2DefaultDatabaseSmokeTest}.
 */
@SpringBootTest(properties = {
        "casework.demo-data=false",
        "casework.admin.username=" + FirstAdministratorOnEmptyDatabaseTest.USERNAME,
        "casework.admin.password=" + FirstAdministratorOnEmptyDatabaseTest.PASSWORD,
        "camunda.bpm.process-engine-name=bootstrap"})
@ActiveProfiles("postgres")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FirstAdministratorOnEmptyDatabaseTest.EmptyDatabase.class)
@DirtiesContext
@OwnApplicationContext
class FirstAdministratorOnEmptyDatabaseTest {

    static final String USERNAME = "chief";
    static final String PASSWORD = "First-admin-2026-long";

    @Autowired
    private UserService users;

    @Autowired
    private ReferenceDataService referenceData;

    @Autowired
    private MockMvc mvc;

    @Test
    void theFirstAdministratorIsCreatedFromTheEnvironmentAndIsTheOnlyAccount() {
        assertThat(users.countUsers()).isEqualTo(1);
        assertThat(users.findByUsername(USERNAME)).hasValueSatisfying(
                admin -> assertThat(admin.roles()).containsExactly(Role.ADMIN));
    }

    @Test
    void noDemoAccountsExist() {
        for (String username : List.of("admin", "supervisor", "caseworker", "analyst", "police", "housing")) {
            assertThat(users.findByUsername(username)).as(username).isEmpty();
        }
    }

    @Test
    void theFirstAdministratorCanSignIn() throws Exception {
        mvc.perform(formLogin().user(USERNAME).password(PASSWORD))
                .andExpect(authenticated().withUsername(USERNAME).withRoles(Role.ADMIN_NAME));
    }

    @Test
    void theReferenceDataIsSeededAsOnAnyFirstStart() {
        assertThat(referenceData.count(ReferenceType.WARDS)).isEqualTo(26);
    }

    /** Drops and creates {@code <test database>_bootstrap} on the test server and points the application at it. */
    static class EmptyDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String testUrl = TestDatabase.url();
            int slash = testUrl.lastIndexOf('/');
            int query = testUrl.indexOf('?', slash);
            String parameters = query < 0 ? "" : testUrl.substring(query);
            String testName = query < 0 ? testUrl.substring(slash + 1) : testUrl.substring(slash + 1, query);
            String name = testName + "_bootstrap";
            String serverUrl = testUrl.substring(0, slash + 1);
            try (Connection connection = DriverManager.getConnection(serverUrl + "postgres" + parameters,
                    TestDatabase.user(), TestDatabase.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists \"" + name + "\" with (force)");
                statement.execute("create database \"" + name + "\"");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot recreate the database " + name + ": " + e.getMessage(), e);
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("emptyDatabase",
                    TestDatabase.properties(serverUrl + name + parameters)));
        }
    }
}
