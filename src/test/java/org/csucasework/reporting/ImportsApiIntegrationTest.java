package org.csucasework.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csucasework.reporting.FiguresApiIntegrationTest.as;
import static org.csucasework.reporting.FiguresApiIntegrationTest.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.shared.Role;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The imports through the API: historic reports (all or nothing, every row's errors with its line, duplicates,
 * optional fields, no process for closed reports) and partner figures (Table 3 shape, rate per 1,000). Reports are
 * received in 2003, a year no other test counts.
 */
@IntegrationTest
class ImportsApiIntegrationTest {

    static final String REPORTS_HEADER = "reference,received_at,category_code,ward_code,location,source_agency_code,"
            + "anonymous,closed_at,outcome_code\n";
    static final String PARTNER_HEADER = "source,category_code,period_start,period_end,count\n";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired ReferenceDataService referenceData;
    @Autowired PartnerFiguresService partnerFigures;
    @Autowired ObjectMapper json;

    @Test
    void anInvalidRowRejectsTheWholeFileWithEveryRowsErrorsAndTheirLines() throws Exception {
        String a = unique("IMA-");
        String b = unique("IMB-");
        String csv = REPORTS_HEADER
                + a + ",2003-02-01T10:00:00,NOIALM,E05005008,2 Import Road,KENT_POLICE,false,2003-02-10,RESOLVED\n"
                + b + ",2003-13-01,NOSUCH,,,KENT_POLICE,maybe,,\n"
                + ",2003-02-03,NOIALM,E05999999,,KENT_POLICE,,,RESOLVED\n"
                + a + ",2003-02-04,NOIALM,,,SDC_CSU,,2003-02-01,\n";

        String body = mvc.perform(post("/api/imports/reports").contentType("text/csv").content(csv).with(as("analyst")))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(errors(body)).containsExactly(
                "3 received_at Use an ISO-8601 date or date and time, e.g. 2019-10-31T14:05:00",
                "3 category_code Unknown category NOSUCH",
                "3 anonymous Use true or false",
                "4 reference Enter the report's reference",
                "4 ward_code Unknown ward E05999999",
                "4 closed_at Enter the date the report was closed with its outcome",
                "5 closed_at The report cannot be closed before it was received",
                "5 reference The reference " + a + " is also on line 2");
        assertThat(countReports(a, b)).isZero();
    }

    @Test
    void aReferenceAlreadyOnRecordIsAnErrorAndNothingOfThatFileIsStored() throws Exception {
        String first = unique("IMC-");
        String second = unique("IMD-");
        mvc.perform(post("/api/imports/reports").contentType("text/csv").with(as("analyst")).content(REPORTS_HEADER
                        + first + ",2003-04-01,NOISHO,,,SDC_CSU,,2003-04-02,RESOLVED\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.closed").value(1))
                .andExpect(jsonPath("$.open").value(0));

        String body = mvc.perform(post("/api/imports/reports").contentType("text/csv").with(as("analyst"))
                        .content(REPORTS_HEADER
                                + second + ",2003-04-03,NOISHO,,,SDC_CSU,,2003-04-04,RESOLVED\n"
                                + first + ",2003-04-01,NOISHO,,,SDC_CSU,,2003-04-02,RESOLVED\n"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(errors(body)).containsExactly("3 reference A report with the reference " + first + " is already on record");
        assertThat(countReports(second)).isZero();
        assertThat(countReports(first)).isOne();
    }

    @Test
    void emptyOptionalFieldsAreAllowedAndOnlyOpenImportedReportsStartAProcess() throws Exception {
        String open = unique("IME-");
        String closed = unique("IMF-");
        mvc.perform(post("/api/imports/reports").contentType("text/csv").with(as("analyst")).content(REPORTS_HEADER
                        + open + ",2003-03-01,NOIDOG,,,SDC_CSU,,,\n"
                        + "\"" + closed + "\",2003-03-02T09:00:00Z,NOIDOG,E05005008,\"3 Import Place, Ash\",KENT_POLICE,"
                        + "true,2003-03-05T10:00:00Z,RESOLVED\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.closed").value(1))
                .andExpect(jsonPath("$.open").value(1));
        try {
            Map<String, Object> closedRow = jdbc.queryForMap("select r.status, r.outcome_code, r.imported, r.anonymous, "
                    + "r.ward_code, r.owning_agency_code, r.created_by, r.closed_at, p.label from report r "
                    + "left join place p on p.id = r.place_id where r.reference = ?", closed);
            assertThat(closedRow).containsEntry("status", "CLOSED").containsEntry("outcome_code", "RESOLVED")
                    .containsEntry("imported", true).containsEntry("anonymous", true)
                    .containsEntry("ward_code", "E05005008").containsEntry("owning_agency_code", "SDC_CSU")
                    .containsEntry("created_by", "analyst").containsEntry("label", "3 Import Place, Ash");
            assertThat(closedRow.get("closed_at")).hasToString("2003-03-05 10:00:00.0");
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(closed).count()).isZero();
            assertThat(jdbc.queryForObject("select incident_date from report where reference = ?", LocalDate.class,
                    closed)).as("a historic file has no incident date: the day received").isEqualTo("2003-03-02");

            Map<String, Object> openRow = jdbc.queryForMap("select status, outcome_code, anonymous, ward_code, place_id "
                    + "from report where reference = ?", open);
            assertThat(openRow).containsEntry("status", "NEW").containsEntry("anonymous", false)
                    .containsEntry("ward_code", null).containsEntry("place_id", null).containsEntry("outcome_code", null);
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(open).count()).isOne();
            assertThat(jdbc.queryForObject("select count(*) from report_event e join report r on r.id = e.report_id "
                    + "where r.reference = ? and e.kind = 'IMPORTED'", Long.class, closed)).isOne();
        } finally {
            // Leave no open report from 2003 on other tests' tasking agendas.
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(open).list()) {
                runtime.deleteProcessInstance(instance.getId(), "test clean-up");
            }
            jdbc.update("update report set status = 'CLOSED', closed_at = received_at where reference = ?", open);
        }
    }

    @Test
    void aFileWithoutTheExpectedColumnsIsRejectedAtLineOne() throws Exception {
        String body = mvc.perform(post("/api/imports/reports").contentType("text/csv").with(as("analyst"))
                        .content("reference,received,category_code\nX,2003-01-01,NOIALM\n"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(errors(body)).contains("1 received_at The column received_at is missing",
                "1 received Unknown column received; the columns are reference,received_at,category_code,ward_code,"
                        + "location,source_agency_code,anonymous,closed_at,outcome_code");
    }

    @Test
    void partnerFiguresShowTheTable3ShapeWithRatesPerThousandOfTheDistrictsPopulation() throws Exception {
        assertThat(referenceData.district().getPopulation()).as("the district's population in the reference data")
                .isEqualTo(120_800);
        String source = unique("FT Police ");
        mvc.perform(post("/api/imports/partner-figures").contentType("text/csv").with(as("analyst")).content(PARTNER_HEADER
                        + source + ",ALL_VICTIM_BASED,2018-10-01,2019-09-30,7600\n"
                        + source + ",ALL_VICTIM_BASED,2019-10-01,2020-09-30,7393\n"
                        + source + ",ROBBERY,2019-10-01,2020-09-30,51\n"
                        + source + ",BURGLARY_RESIDENTIAL,2018-10-01,2019-09-30,743\n"
                        + source + ",BURGLARY_RESIDENTIAL,2019-10-01,2020-09-30,\"493\"\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(5))
                .andExpect(jsonPath("$.added").value(5));

        PartnerTable table = RunAs.user("analyst", () -> partnerFigures.table(source, LocalDate.of(2019, 10, 1)),
                Role.ANALYST);
        assertThat(table.rows().stream().map(ImportsApiIntegrationTest::line).toList()).containsExactly(
                "ALL_VICTIM_BASED All victim-based crime | 7600 7393 -207 -2.7 61.20 | 2019-10-01..2020-09-30",
                "BURGLARY_RESIDENTIAL Burglary residential | 743 493 -250 -33.6 4.08 | 2019-10-01..2020-09-30",
                "ROBBERY Robbery | null 51 null  0.42 | 2019-10-01..2020-09-30");

        mvc.perform(get("/api/figures/partner").param("source", source).param("periodStart", "2019-10-01")
                        .with(as("analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.population").value(120800))
                .andExpect(jsonPath("$.rows[0].previous").value(7600))
                .andExpect(jsonPath("$.rows[0].ratePerThousand").value(61.20));

        mvc.perform(post("/api/imports/partner-figures").contentType("text/csv").with(as("analyst")).content(
                        PARTNER_HEADER + source + ",ROBBERY,2019-10-01,2020-09-30,52\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.replaced").value(1));
        PartnerTable corrected = RunAs.user("analyst", () -> partnerFigures.table(source, null), Role.ANALYST);
        assertThat(corrected.periodStart()).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(corrected.rows().get(2).current()).isEqualTo(52L);
        assertThat(RunAs.user("analyst", () -> partnerFigures.periodStarts(null), Role.ANALYST))
                .contains(LocalDate.of(2019, 10, 1), LocalDate.of(2018, 10, 1));
        assertThat(RunAs.user("analyst", () -> partnerFigures.table(null, LocalDate.of(2019, 10, 1)), Role.ANALYST)
                .rows()).extracting(PartnerTable.Row::source).contains(source);
    }

    @Test
    void anInvalidPartnerFileIsRejectedWholeWithEveryLinesErrors() throws Exception {
        String source = unique("FT Wardens ");
        String body = mvc.perform(post("/api/imports/partner-figures").contentType("text/csv").with(as("analyst"))
                        .content(PARTNER_HEADER
                                + source + ",ROBBERY,2019-10-01,2020-09-30,12\n"
                                + source + ",ROBBERY,2018-10-01,2019-09-30,-5\n"
                                + source + ",NO_SUCH_CRIME,2019-10-01,2020-09-30,3\n"
                                + source + ",SHOPLIFTING,2019-10-01,2019-09-30,3\n"
                                + source + ",SHOPLIFTING,01/10/2019,2020-09-30,three\n"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(errors(body)).containsExactly(
                "3 count A count cannot be negative",
                "4 category_code Unknown category NO_SUCH_CRIME: use a police crime category or a report category of the reference data",
                "5 period_end The period cannot end before it starts",
                "6 period_start Use an ISO-8601 date, e.g. 2019-10-01",
                "6 count Enter a whole number");
        assertThat(RunAs.user("analyst", () -> partnerFigures.sources(), Role.ANALYST)).doesNotContain(source);
    }

    private static String line(PartnerTable.Row row) {
        return row.code() + " " + row.name() + " | " + row.previous() + " " + row.current() + " " + row.difference()
                + " " + Change.text(row.percentageChange()) + " " + Change.text(row.ratePerThousand()) + " | "
                + row.periodStart() + ".." + row.periodEnd();
    }

    private List<String> errors(String problem) throws Exception {
        List<String> lines = new ArrayList<>();
        for (JsonNode error : json.readTree(problem).path("errors")) {
            lines.add(error.path("line").asInt() + " " + error.path("field").asText() + " " + error.path("message").asText());
        }
        return lines;
    }

    private long countReports(String... references) {
        long count = 0;
        for (String reference : references) {
            count += jdbc.queryForObject("select count(*) from report where reference = ?", Long.class, reference);
        }
        return count;
    }
}
