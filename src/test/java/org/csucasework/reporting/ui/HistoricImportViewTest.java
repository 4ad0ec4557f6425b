package org.csucasework.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Role;
import org.csucasework.support.KaribuUiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The historic import screen: the import runs in the background and the page shows its progress and outcome. */
class HistoricImportViewTest extends KaribuUiTest {

    static final String HEADER = "reference,received_at,category_code,ward_code,location,source_agency_code,anonymous,"
            + "closed_at,outcome_code\n";

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        login("analyst", Role.ANALYST);
    }

    @Test
    void aValidFileIsImportedInTheBackgroundWithItsProgressShown() throws Exception {
        String run = "UIH" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        HistoricImportView view = navigate(HistoricImportView.class);

        view.start("historic.csv", (HEADER
                + run + "1,2003-05-01T09:00:00,NOIDOG,E05005008,,SDC_CSU,false,2003-05-03,RESOLVED\n"
                + run + "2,2003-05-02,ASB_NUISANCE,,,KENT_POLICE,true,2003-05-04,NO_FURTHER_ACTION\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(view.progress.isVisible()).isTrue();
        waitFor(view);
        view.refresh();

        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.status.getText()).isEqualTo("Imported 2 reports: 2 closed, 0 open (sent to the daily tasking).");
        assertThat(jdbc.queryForObject("select count(*) from report where reference like ?", Long.class, run + "%"))
                .isEqualTo(2);
    }

    @Test
    void anInvalidFileImportsNothingAndListsEveryLinesErrors() throws Exception {
        String run = "UIH" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        HistoricImportView view = navigate(HistoricImportView.class);

        view.start("historic.csv", (HEADER
                + run + "1,2003-05-01T09:00:00,NOIDOG,E05005008,,SDC_CSU,false,2003-05-03,RESOLVED\n"
                + run + "2,yesterday,ASB_NUISANCE,,,NOBODY,,,\n").getBytes(StandardCharsets.UTF_8));
        waitFor(view);
        view.refresh();

        assertThat(view.status.getText())
                .isEqualTo("Nothing was imported: the file has 2 problems. Correct the file and upload it again.");
        assertThat(view.errors.isVisible()).isTrue();
        FieldError first = GridKt._get(view.errors, 0);
        assertThat(first).isEqualTo(new FieldError(3, "received_at",
                "Use an ISO-8601 date or date and time, e.g. 2019-10-31T14:05:00"));
        assertThat(GridKt._get(view.errors, 1)).isEqualTo(new FieldError(3, "source_agency_code", "Unknown agency NOBODY"));
        assertThat(jdbc.queryForObject("select count(*) from report where reference like ?", Long.class, run + "%"))
                .isZero();
    }

    private static void waitFor(HistoricImportView view) {
        await("the import finished").atMost(Duration.ofMinutes(1)).until(() -> view.job.finished);
    }
}
