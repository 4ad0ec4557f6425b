package org.csucasework.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Actuator as operators and strangers see it: health is public but says only UP or DOWN; administrators see the
 * database and the process engine in it; Prometheus metrics, with the product's own gauges, are for administrators.
 */
@IntegrationTest
class ActuatorEndpointsTest {

    private static final String PASSWORD = "Casework-demo-2026";

    @Autowired MockMvc mvc;

    @Test
    void healthIsPublicButShowsNoDetailsToStrangers() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void administratorsSeeTheDatabaseAndTheProcessEngineInTheHealth() throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"))
                .andExpect(jsonPath("$.components.processEngine.status").value("UP"))
                .andExpect(jsonPath("$.components.processEngine.details.engineName").value("default"))
                // The test profile runs no job executor (tests drive jobs themselves): a choice, so still UP.
                .andExpect(jsonPath("$.components.processEngine.details.jobExecutorActive").value(false))
                .andExpect(jsonPath("$.components.processEngine.details.jobsDue").isNumber())
                .andExpect(jsonPath("$.components.mail").doesNotExist());
    }

    @Test
    void prometheusMetricsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("caseworker", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(httpBasic("supervisor", PASSWORD)))
                .andExpect(status().isForbidden());
        String metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> ours = metrics.lines().filter(line -> line.startsWith("casework_")).toList();
        assertThat(ours).as("our gauges, of " + metrics.lines().filter(l -> l.startsWith("# HELP")).toList())
                .anyMatch(line -> line.startsWith("casework_tasks_open{"))
                .anyMatch(line -> line.startsWith("casework_actions_overdue{"))
                .anyMatch(line -> line.startsWith("casework_jobs_due{"))
                .anyMatch(line -> line.startsWith("casework_jobs_failed{"));
        assertThat(metrics).contains("hikaricp_connections_active{").contains("jvm_memory_used_bytes{")
                .contains("application=\"csu-casework\"");
    }

    @Test
    void aSignedInSessionDoesNotOpenTheMetricsWithoutCredentials() throws Exception {
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("nobody-at-all", "wrong-password")))
                .andExpect(status().isUnauthorized());
    }
}
