package org.csucasework.reporting.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.intake.ReportDimension;
import org.csucasework.reporting.FiguresExports;
import org.csucasework.reporting.FiguresService;
import org.csucasework.reporting.FiguresTable;
import org.csucasework.reporting.HeadlineFigures;
import org.csucasework.reporting.MonthlyTable;
import org.csucasework.reporting.PartnerFiguresService;
import org.csucasework.reporting.PartnerTable;
import org.csucasework.reporting.Period;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual figures (DESIGN.md section 6): month tables ({@code /monthly}, JSON or with {@code Accept: text/csv}
 * CSV), the CSU headline figures ({@code /annual}), partner figures ({@code /partner}), and the exports: every table
 * as one XLSX ({@code /tables.xlsx}) and the PDF figures pack ({@code /pack.pdf}). Analysts, supervisors and
 * administrators; 403 for anyone else.
 */
@RestController
@RequestMapping("/api/figures")
class FiguresController {

    static final String CSV = "text/csv";

    private final FiguresService figures;
    private final PartnerFiguresService partnerFigures;
    private final FiguresExports exports;

    private final org.csucasework.reporting.VictimRiskFiguresService victimRisk;

    FiguresController(FiguresService figures, PartnerFiguresService partnerFigures, FiguresExports exports,
                      org.csucasework.reporting.VictimRiskFiguresService victimRisk) {
        this.victimRisk = victimRisk;
        this.figures = figures;
        this.partnerFigures = partnerFigures;
        this.exports = exports;
    }

    /**
     * Reports per calendar month from {@code from} to {@code to} (both inclusive; default the Strategic Assessment
     * year in progress), per category ({@code group} limits it to one category group) or per {@code dimension}
     * (CATEGORY, WARD, SOURCE_AGENCY, OUTCOME).
     */
    @GetMapping(path = "/monthly", produces = {MediaType.APPLICATION_JSON_VALUE, FiguresController.CSV})
    ResponseEntity<?> monthly(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(required = false) String group,
                              @RequestParam(required = false, defaultValue = "CATEGORY") ReportDimension dimension,
                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        Period period = from == null && to == null ? figures.currentStrategicYear() : new Period(from, to);
        MonthlyTable table = figures.monthly(dimension, period, group == null || group.isBlank() ? null : group.trim());
        if (wantsCsv(accept)) {
            return csv(FiguresTable.of(table), "figures-" + FiguresTable.slug(dimension, table.group()) + "-"
                    + period.from() + "-" + period.to() + ".csv");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", period.from());
        body.put("to", period.to());
        body.put("previousFrom", table.previousPeriod().from());
        body.put("previousTo", table.previousPeriod().to());
        body.put("dimension", dimension);
        body.put("group", table.group());
        body.put("months", table.months().stream().map(FiguresTable::month).toList());
        body.put("rows", table.rows());
        body.put("totals", table.totals());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /**
     * Victims and risk for the year from {@code periodStart} (default: the Strategic Assessment year): reports by risk
     * level, repeat victims, possible hate incidents, each with the previous year's; JSON or CSV.
     */
    @GetMapping(path = "/victims", produces = {MediaType.APPLICATION_JSON_VALUE, FiguresController.CSV})
    ResponseEntity<?> victims(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        org.csucasework.reporting.VictimRiskFigures table = victimRisk.figures(figures.yearFrom(periodStart));
        if (wantsCsv(accept)) {
            return csv(table.table(), "victims-and-risk-" + table.period().from() + ".csv");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("periodStart", table.period().from());
        body.put("periodEnd", table.period().to());
        body.put("previousStart", table.previousPeriod().from());
        body.put("previousEnd", table.previousPeriod().to());
        body.put("figures", table.rows());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** The CSU headline figures for the year from {@code periodStart} (default: the Strategic Assessment year). */
    @GetMapping(path = "/annual", produces = {MediaType.APPLICATION_JSON_VALUE, FiguresController.CSV})
    ResponseEntity<?> annual(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
                             @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        HeadlineFigures headline = figures.headline(figures.yearFrom(periodStart));
        if (wantsCsv(accept)) {
            return csv(FiguresTable.of(headline), "headline-figures-" + headline.period().from() + ".csv");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("periodStart", headline.period().from());
        body.put("periodEnd", headline.period().to());
        body.put("previousStart", headline.previousPeriod().from());
        body.put("previousEnd", headline.previousPeriod().to());
        body.put("figures", headline.rows().stream().map(FiguresController::figure).toList());
        body.put("maracAveragePerMeeting", headline.maracAveragePerMeeting());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static Map<String, Object> figure(HeadlineFigures.Row row) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("figure", row.figure().name());
        figure.put("label", row.label());
        figure.put("available", row.available());
        figure.put("current", row.current());
        figure.put("previous", row.previous());
        figure.put("difference", row.difference());
        figure.put("percentageChange", row.percentageChange());
        figure.put("details", row.details());
        return figure;
    }

    /** Partner figures in the Table 3 shape: one source (or all), periods starting {@code periodStart} (or the latest). */
    @GetMapping(path = "/partner", produces = {MediaType.APPLICATION_JSON_VALUE, FiguresController.CSV})
    ResponseEntity<?> partner(@RequestParam(required = false) String source,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        PartnerTable table = partnerFigures.table(source, periodStart);
        if (wantsCsv(accept)) {
            return csv(FiguresTable.of(table), "partner-figures.csv");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(table);
    }

    /** Every table for the period (default: the Strategic Assessment year) as one workbook. */
    @GetMapping(path = "/tables.xlsx", produces = FiguresExports.XLSX)
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = from == null && to == null ? figures.currentStrategicYear() : new Period(from, to);
        return download(exports.xlsx(exports.tables(period)), FiguresExports.XLSX,
                "figures-" + period.from() + "-" + period.to() + ".xlsx");
    }

    /** The figures pack for the period (default: the Strategic Assessment year) as PDF, with tables and charts. */
    @GetMapping(path = "/pack.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pack(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = from == null && to == null ? figures.currentStrategicYear() : new Period(from, to);
        return download(exports.pack(period), FiguresExports.PDF,
                "figures-pack-" + period.from() + "-" + period.to() + ".pdf");
    }

    private ResponseEntity<byte[]> csv(FiguresTable table, String fileName) {
        return download(exports.csv(table), "text/csv;charset=UTF-8", fileName);
    }

    private static ResponseEntity<byte[]> download(byte[] content, String type, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(content);
    }

    private static boolean wantsCsv(String accept) {
        if (accept == null) {
            return false;
        }
        List<MediaType> types = MediaType.parseMediaTypes(accept);
        MediaType.sortBySpecificityAndQuality(types);
        for (MediaType type : types) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return false;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }
}
