package org.csucasework.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csucasework.intake.ReportImportService;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The figures API (DESIGN.md section 6) as a client sees it: JSON and CSV shapes, exports, and who may call it. */
@IntegrationTest
class FiguresApiIntegrationTest {

    static final String PASSWORD = "Casework-demo-2026";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReportImportService imports;
    @Autowired ReferenceDataService referenceData;

    @BeforeEach
    void seed() {
        FiguresTestData.ensureSeeded(jdbc, imports, referenceData);
    }

    static RequestPostProcessor as(String username) {
        return httpBasic(username, PASSWORD);
    }

    @Test
    void theMonthlyCsvHasCodeNameAColumnPerMonthTotalPreviousDifferencePercentageAndATotalsRow() throws Exception {
        String csv = mvc.perform(get("/api/figures/monthly").param("from", "2002-01-01").param("to", "2002-03-31")
                        .param("group", "NOISE").header("Accept", "text/csv").with(as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();

        assertThat(csv).isEqualTo("""
                category code,category name,2002-01,2002-02,2002-03,total,previous total,difference,percentage change
                NOIALM,Alarm,2,1,0,3,2,1,50.0
                NOIANI,Other animals,0,0,0,0,0,0,
                NOIDIY,DIY,1,2,1,4,3,1,33.3
                NOIDOG,Barking dog,1,0,2,3,3,0,0.0
                NOIFIR,Fireworks,0,0,0,0,0,0,
                NOILOW,Low frequency,0,0,0,0,0,0,
                NOIMAC,Machinery,0,0,0,0,0,0,
                NOIMUS,Loud music,0,1,0,1,0,1,
                NOIOTH,Other (excluding Brands Hatch),0,0,0,0,0,0,
                NOIPAR,Domestic party,0,0,0,0,3,-3,-100.0
                NOIPEO,People,0,0,0,0,0,0,
                NOIPLA,Plant (construction equipment),0,0,0,0,0,0,
                NOISHO,Shooting,0,0,0,0,0,0,
                NOISTR,In the street,0,0,0,0,0,0,
                NOITV,TV / radio,0,0,0,0,0,0,
                NOIUNS,Other / unspecified,0,0,0,0,0,0,
                NOIRAI,Rail,0,0,0,0,0,0,
                NOIPAS,Public address systems,0,0,0,0,0,0,
                NOIVR,Vehicle repairs,0,0,0,0,0,0,
                UNKNOWN,Retired category,0,0,1,1,0,1,
                TOTAL,Total,4,4,4,12,11,1,9.1
                """);
    }

    @Test
    void theMonthlyJsonHasTheSameTableWithThePreviousPeriod() throws Exception {
        mvc.perform(get("/api/figures/monthly").param("from", "2002-01-01").param("to", "2002-03-31")
                        .param("group", "NOISE").with(as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.previousFrom").value("2001-10-01"))
                .andExpect(jsonPath("$.previousTo").value("2001-12-31"))
                .andExpect(jsonPath("$.months").value(contains("2002-01", "2002-02", "2002-03")))
                .andExpect(jsonPath("$.rows[0].code").value("NOIALM"))
                .andExpect(jsonPath("$.rows[0].months").value(contains(2, 1, 0)))
                .andExpect(jsonPath("$.rows[0].percentageChange").value(50.0))
                .andExpect(jsonPath("$.rows[1].percentageChange").value(nullValue()))
                .andExpect(jsonPath("$.totals.total").value(12))
                .andExpect(jsonPath("$.totals.previousTotal").value(11))
                .andExpect(jsonPath("$.totals.percentageChange").value(9.1));
    }

    @Test
    void anUnknownGroupOrAnImpossiblePeriodIsABadRequestNamingTheParameter() throws Exception {
        mvc.perform(get("/api/figures/monthly").param("from", "2002-01-01").param("to", "2002-03-31")
                        .param("group", "NO_SUCH_GROUP").header("Accept", "text/csv").with(as("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("group"));
        mvc.perform(get("/api/figures/monthly").param("from", "2002-03-01").param("to", "2002-01-31")
                        .with(as("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void theAnnualFiguresGiveEachHeadlineFigureWithThePreviousYearOrNotAvailable() throws Exception {
        // Strategic Assessment year 2001/02: r01-r15 and p01-p12; 2000/01: p13, q01, q02.
        mvc.perform(get("/api/figures/annual").param("periodStart", "2001-10-01").with(as("analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periodEnd").value("2002-09-30"))
                .andExpect(jsonPath("$.previousStart").value("2000-10-01"))
                .andExpect(jsonPath("$.figures[0].figure").value("REPORTS_RECEIVED"))
                .andExpect(jsonPath("$.figures[0].current").value(27))
                .andExpect(jsonPath("$.figures[0].previous").value(3))
                .andExpect(jsonPath("$.figures[0].difference").value(24))
                .andExpect(jsonPath("$.figures[0].percentageChange").value(800.0))
                .andExpect(jsonPath("$.figures[1].figure").value("CALLS_DEALT_WITH_AT_TASKING"))
                .andExpect(jsonPath("$.figures[1].available").value(true))
                // The enforcement after a CPN (issue 17), counted by the ladder: none in 2001/02, never "not available".
                .andExpect(jsonPath("$.figures[?(@.figure == 'FIXED_PENALTIES_PAID')].label")
                        .value("Fixed penalty notices paid"))
                .andExpect(jsonPath("$.figures[?(@.figure == 'PROSECUTIONS')].available").value(true))
                .andExpect(jsonPath("$.figures[?(@.figure == 'PROSECUTIONS')].current").value(0));
    }

    @Test
    void victimsAndRiskAnswerWithEachRowBesideThePreviousYearAndAsCsv() throws Exception {
        // 2001/02 holds only imported reports, none risk assessed: every one counts as not assessed.
        mvc.perform(get("/api/figures/victims").param("periodStart", "2001-10-01").with(as("analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periodEnd").value("2002-09-30"))
                .andExpect(jsonPath("$.previousStart").value("2000-10-01"))
                .andExpect(jsonPath("$.figures[?(@.code == 'RISK_HIGH')].label").value("Reports assessed high risk"))
                .andExpect(jsonPath("$.figures[?(@.code == 'RISK_NOT_ASSESSED')].current").value(27))
                .andExpect(jsonPath("$.figures[?(@.code == 'RISK_NOT_ASSESSED')].previous").value(3))
                .andExpect(jsonPath("$.figures[?(@.code == 'REPEAT_VICTIMS')].current").value(0));
        mvc.perform(get("/api/figures/victims").param("periodStart", "2001-10-01").accept("text/csv")
                        .with(as("analyst")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.startsWith("code,figure,this period,previous period,difference,"
                                + "percentage change")));
        mvc.perform(get("/api/figures/victims").with(as("caseworker"))).andExpect(status().isForbidden());
    }

    @Test
    void aCaseworkerOrPartnerMayNotReadFiguresNorImportAndASupervisorMayReadButNotChangePriorities() throws Exception {
        mvc.perform(get("/api/figures/monthly").with(as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/figures/annual").with(as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/figures/partner").with(as("police"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/priorities/2001").with(as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/imports/reports").contentType("text/csv").content(FiguresTestData.HEADER)
                .with(as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/imports/partner-figures").contentType("text/csv")
                .content("source,category_code,period_start,period_end,count\n").with(as("supervisor")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/priorities/2001").contentType("application/json").content("{\"issues\":[]}")
                .with(as("supervisor"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/figures/annual").with(as("supervisor"))).andExpect(status().isOk());
        mvc.perform(get("/api/priorities/2001").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/api/figures/monthly")).andExpect(status().isUnauthorized());
    }

    @Test
    void everyTableExportsAsOneWorkbookAndThePackAsAPdf() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/figures/tables.xlsx").param("from", "2002-01-01").param("to", "2002-03-31")
                        .with(as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(FiguresExports.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet noise = workbook.getSheet("category NOISE");
            Row header = noise.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("category code");
            Row alarms = noise.getRow(2);
            assertThat(alarms.getCell(0).getStringCellValue()).isEqualTo("NOIALM");
            assertThat(alarms.getCell(5).getNumericCellValue()).isEqualTo(3.0);
            assertThat(alarms.getCell(8).getNumericCellValue()).isEqualTo(50.0);
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("REPORTS_RECEIVED");
        }

        byte[] pdf = mvc.perform(get("/api/figures/pack.pdf").param("from", "2002-01-01").param("to", "2002-03-31")
                        .with(as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(FiguresExports.PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(20_000); // tables and chart images, not an empty document
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
