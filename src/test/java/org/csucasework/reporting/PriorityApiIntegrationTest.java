package org.csucasework.reporting;

import static org.csucasework.reporting.FiguresApiIntegrationTest.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.ThreadLocalRandom;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The priority ranking matrix through {@code /api/priorities/{year}}: totals, the priority flag, last year, 409. */
@IntegrationTest
class PriorityApiIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    /** A year of its own per run (matrices stay on the database between local runs). */
    private final int year = 2150 + ThreadLocalRandom.current().nextInt(49);

    @Test
    void totalsAndThePriorityFlagAreWorkedOutAndLastYearsTotalIsBesideEachIssue() throws Exception {
        put(year - 1, version(year - 1), """
                [{"name": "Domestic Abuse", "scores": %s}]""".formatted(scores(3, 3, 3, 3, 3, 3)))
                .andExpect(status().isOk());

        put(year, version(year), """
                [{"name": "Serious & Acquisitive Crime", "scores": %s},
                 {"name": "Domestic abuse", "categoryCodes": ["ASB_NEIGHBOUR"], "scores": %s},
                 {"name": "Exactly twenty", "scores": %s},
                 {"name": "Nineteen", "scores": %s}]""".formatted(scores(5, 5, 5, 3, 5, 5), scores(3, 5, 5, 5, 3, 5),
                scores(5, 5, 5, 5, 0, 0), scores(5, 5, 5, 3, 1, 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.threshold").value(20))
                .andExpect(jsonPath("$.issues[*].total").value(contains(28, 26, 20, 19)))
                .andExpect(jsonPath("$.issues[*].priority").value(contains(true, true, true, false)))
                .andExpect(jsonPath("$.issues[0].lastYearTotal").value(nullValue()))
                .andExpect(jsonPath("$.issues[1].lastYearTotal").value(18))
                .andExpect(jsonPath("$.issues[1].categoryCodes").value(contains("ASB_NEIGHBOUR")))
                .andExpect(jsonPath("$.issues[1].suggestedTrend").value(0))
                .andExpect(jsonPath("$.issues[0].suggestedTrend").value(nullValue()))
                .andExpect(jsonPath("$.issues[0].scores.COMMUNITY_CONCERN").value(5));

        mvc.perform(get("/api/priorities/" + year).with(as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issues[*].name").value(contains("Serious & Acquisitive Crime", "Domestic abuse",
                        "Exactly twenty", "Nineteen")))
                .andExpect(jsonPath("$.criteria[*].code").value(contains("COMMUNITY_CONCERN", "TREND", "VOLUME", "HARM",
                        "PERFORMANCE", "PARTNERSHIP_VALUE")));
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsAConflictNotAnOverwrite() throws Exception {
        Long read = version(year);
        put(year, read, "[{\"name\": \"First\", \"scores\": %s}]".formatted(scores(1, 1, 1, 1, 1, 1)))
                .andExpect(status().isOk());
        put(year, read, "[{\"name\": \"Second\", \"scores\": %s}]".formatted(scores(5, 5, 5, 5, 5, 5)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/priorities/" + year).with(as("analyst")))
                .andExpect(jsonPath("$.issues[*].name").value(contains("First")));
    }

    @Test
    void aScoreOutsideTheAllowedOnesOrAMissingNameIsMarkedAtItsField() throws Exception {
        put(year, version(year), """
                [{"name": "Scams", "scores": %s}, {"name": " ", "scores": %s}]"""
                .formatted(scores(5, 2, 5, 5, 5, 5), scores(0, 0, 0, 0, 0, 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("issues[0].scores.TREND"))
                .andExpect(jsonPath("$.errors[0].message").value("Score one of 0, 1, 3, 5"))
                .andExpect(jsonPath("$.errors[1].field").value("issues[1].name"));
    }

    private Long version(int year) throws Exception {
        JsonNode ranking = json.readTree(mvc.perform(get("/api/priorities/" + year).with(as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        return ranking.path("version").isNull() ? null : ranking.path("version").asLong();
    }

    private org.springframework.test.web.servlet.ResultActions put(int year, Long version, String issues)
            throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/priorities/" + year)
                .contentType("application/json").content("{\"version\": " + version + ", \"issues\": " + issues + "}")
                .with(as("analyst")));
    }

    private static String scores(int concern, int trend, int volume, int harm, int performance, int partnership) {
        return """
                {"COMMUNITY_CONCERN": %d, "TREND": %d, "VOLUME": %d, "HARM": %d, "PERFORMANCE": %d, \
                "PARTNERSHIP_VALUE": %d}""".formatted(concern, trend, volume, harm, performance, partnership);
    }
}
