package org.csucasework.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.csucasework.intake.ReportDimension;
import org.csucasework.reporting.Change;
import org.csucasework.reporting.FiguresCharts;
import org.csucasework.reporting.FiguresExports;
import org.csucasework.reporting.FiguresService;
import org.csucasework.reporting.VictimRiskFigures;
import org.csucasework.reporting.VictimRiskFiguresService;
import org.csucasework.reporting.FiguresTable;
import org.csucasework.reporting.HeadlineFigure;
import org.csucasework.reporting.HeadlineFigures;
import org.csucasework.reporting.Period;
import org.csucasework.shared.Role;
import org.csucasework.shared.ui.Names;

/**
 * The annual figures for analysts (and supervisors and administrators): a period picker (the Strategic Assessment
 * year by default, or any range), the CSU headline figures beside the previous period, the month tables per
 * category group, ward, source agency and outcome with their charts, a drill-down from every count to the reports
 * behind it, and the exports (each table as CSV and XLSX, everything as XLSX, the PDF figures pack).
 */
@Route("reporting/figures")
@PageTitle("Annual figures | CSU Casework")
@Menu(title = "Annual figures", order = 60, icon = "vaadin:chart")
@RolesAllowed({Role.ANALYST_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class FiguresView extends VerticalLayout {

    static final String NOT_AVAILABLE = "not available";

    private final FiguresService figures;
    private final FiguresExports exports;
    private final FiguresCharts charts;
    private final VerticalLayout content = new VerticalLayout();
    final PeriodPicker periodPicker;
    Period period;
    HeadlineFigures headline;
    Grid<HeadlineFigures.Row> headlineGrid;
    TabSheet tables;
    final Map<String, MonthlyTablePanel> panels = new LinkedHashMap<>();

    private final Names names;

    private final VictimRiskFiguresService victimRisk;
    Grid<VictimRiskFigures.Row> victimGrid;

    public FiguresView(FiguresService figures, FiguresExports exports, FiguresCharts charts, Names names,
                       VictimRiskFiguresService victimRisk) {
        this.victimRisk = victimRisk;
        this.names = names;
        this.figures = figures;
        this.exports = exports;
        this.charts = charts;
        Period current = figures.currentStrategicYear();
        this.period = current;
        add(new H1("Annual figures"));
        add(new Paragraph("The figures of the Strategic Assessment, counted from the casework records, beside the "
                + "previous period of the same length."));
        periodPicker = new PeriodPicker(current, current, this::show);
        add(periodPicker);
        content.setPadding(false);
        content.setWidthFull();
        add(content);
        show(current);
    }

    void show(Period chosen) {
        this.period = chosen;
        content.removeAll();
        panels.clear();
        headline = figures.headline(chosen);

        Period shown = chosen;
        String file = shown.from() + "-" + shown.to();
        content.add(new HorizontalLayout(
                Downloads.link("Figures pack (PDF)", "figures-pack-" + file + ".pdf", FiguresExports.PDF,
                        () -> exports.pack(shown)),
                Downloads.link("All tables (XLSX)", "figures-" + file + ".xlsx", FiguresExports.XLSX,
                        () -> exports.xlsx(exports.tables(shown)))));

        content.add(new H2("CSU headline figures"));
        content.add(new Paragraph(shown.label() + ", compared with " + headline.previousPeriod().label() + "."));
        headlineGrid = new Grid<>();
        headlineGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        headlineGrid.addColumn(HeadlineFigures.Row::label).setHeader("Figure").setKey("figure").setAutoWidth(true);
        headlineGrid.addColumn(new ComponentRenderer<>(row -> value(row, row.current(), false)))
                .setHeader("This period").setKey("current").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        headlineGrid.addColumn(new ComponentRenderer<>(row -> value(row, row.previous(), true)))
                .setHeader("Previous period").setKey("previous").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        headlineGrid.addColumn(row -> row.available() ? String.valueOf(row.difference()) : "")
                .setHeader("Difference").setKey("difference").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        headlineGrid.addColumn(row -> Change.text(row.percentageChange()))
                .setHeader("% change").setKey("percentage").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        headlineGrid.addColumn(row -> String.join("; ", row.details())).setHeader("Details").setKey("details")
                .setFlexGrow(1);
        headlineGrid.setItems(headline.rows());
        headlineGrid.setAllRowsVisible(true);
        content.add(headlineGrid);
        HeadlineFigures.Average average = headline.maracAveragePerMeeting();
        content.add(new Paragraph("Community MARAC cases discussed per meeting (average): "
                + (average.current() == null ? NOT_AVAILABLE : average.current().toPlainString())
                + "; previous period: " + (average.previous() == null ? NOT_AVAILABLE
                : average.previous().toPlainString()) + "."));
        HeadlineFigures forChart = headline;
        content.add(Downloads.svg(() -> charts.svg(charts.headline(forChart), 900, 380),
                "Chart of the headline figures beside the previous period; the numbers are in the table above"));
        HorizontalLayout headlineDownloads = new HorizontalLayout(
                Downloads.link("Download CSV", "headline-figures-" + file + ".csv", FiguresExports.CSV,
                        () -> exports.csv(FiguresTable.of(forChart))),
                Downloads.link("Download XLSX", "headline-figures-" + file + ".xlsx", FiguresExports.XLSX,
                        () -> exports.xlsx(java.util.List.of(FiguresTable.of(forChart)))));
        content.add(headlineDownloads);

        addVictimsAndRisk(shown, file);

        content.add(new H2("Reports by month"));
        tables = new TabSheet();
        tables.setWidthFull();
        addTable("All categories", ReportDimension.CATEGORY, null);
        for (String group : figures.categoryGroups()) {
            addTable(Names.categoryGroup(group), ReportDimension.CATEGORY, group);
        }
        addTable("Wards", ReportDimension.WARD, null);
        addTable("Source agencies", ReportDimension.SOURCE_AGENCY, null);
        addTable("Outcomes", ReportDimension.OUTCOME, null);
        content.add(tables);
    }

    /** Victims and risk: a table of its own, after the headline figures, which stay as the Assessment has them. */
    private void addVictimsAndRisk(Period shown, String file) {
        VictimRiskFigures victims = victimRisk.figures(shown);
        content.add(new H2("Victims and risk"));
        content.add(new Paragraph("Reports by the victim's risk level as last assessed, repeat victims and possible "
                + "hate incidents, " + shown.label() + ", compared with " + victims.previousPeriod().label() + "."));
        victimGrid = new Grid<>();
        victimGrid.setAriaLabel("Victims and risk");
        victimGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        victimGrid.addColumn(VictimRiskFigures.Row::label).setHeader("Figure").setKey("figure").setFlexGrow(1);
        victimGrid.addColumn(VictimRiskFigures.Row::current).setHeader("This period").setKey("current")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        victimGrid.addColumn(VictimRiskFigures.Row::previous).setHeader("Previous period").setKey("previous")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        victimGrid.addColumn(VictimRiskFigures.Row::difference).setHeader("Difference").setKey("difference")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        victimGrid.addColumn(row -> Change.text(row.percentageChange())).setHeader("% change").setKey("percentage")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        victimGrid.setItems(victims.rows());
        victimGrid.setAllRowsVisible(true);
        content.add(victimGrid);
        content.add(new HorizontalLayout(
                Downloads.link("Download CSV", "victims-and-risk-" + file + ".csv", FiguresExports.CSV,
                        () -> exports.csv(victims.table())),
                Downloads.link("Download XLSX", "victims-and-risk-" + file + ".xlsx", FiguresExports.XLSX,
                        () -> exports.xlsx(java.util.List.of(victims.table())))));
    }

    private void addTable(String tabName, ReportDimension dimension, String group) {
        Period shown = period;
        MonthlyTablePanel panel = new MonthlyTablePanel(figures, exports, charts, names,
                () -> figures.monthly(dimension, shown, group));
        panels.put(tabName, panel);
        tables.add(tabName, panel);
    }

    private Component value(HeadlineFigures.Row row, Long count, boolean previous) {
        if (!row.available()) {
            Span notAvailable = new Span(NOT_AVAILABLE);
            notAvailable.getStyle().set("font-style", "italic");
            return notAvailable;
        }
        if (!row.drillDown() || count == 0) {
            return new Span(String.valueOf(count));
        }
        Period days = previous ? headline.previousPeriod() : headline.period();
        Button button = new Button(String.valueOf(count), e -> openHeadline(row.figure(), days));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel("List the " + count + (FiguresService.countsReports(row.figure()) ? " reports: " : " records: ")
                + row.label() + ", " + days.label());
        return button;
    }

    void openHeadline(HeadlineFigure figure, Period days) {
        String title = figure.label() + ", " + days.label();
        if (FiguresService.countsReports(figure)) {
            new ReportListDialog(title, figures.drillDown(figure, days), names).open();
        } else {
            new RecordListDialog(title, figures.records(figure, days)).open();
        }
    }
}
