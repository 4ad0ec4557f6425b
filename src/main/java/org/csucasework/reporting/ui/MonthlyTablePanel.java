package org.csucasework.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.intake.ReportList;
import org.csucasework.reporting.Change;
import org.csucasework.reporting.DrillDown;
import org.csucasework.reporting.FiguresCharts;
import org.csucasework.reporting.FiguresExports;
import org.csucasework.reporting.FiguresService;
import org.csucasework.reporting.FiguresTable;
import org.csucasework.reporting.MonthlyTable;
import org.csucasework.shared.ui.Names;

/**
 * One month table on screen: its exports, its two charts, and the table itself, where every count other than zero
 * is a button listing the reports behind it. The table is computed when the panel is first shown.
 */
class MonthlyTablePanel extends VerticalLayout {


    private final FiguresService figures;
    private final FiguresExports exports;
    private final FiguresCharts charts;
    private final Supplier<MonthlyTable> source;
    MonthlyTable table;
    Grid<MonthlyTable.Row> grid;

    private final Names names;

    MonthlyTablePanel(FiguresService figures, FiguresExports exports, FiguresCharts charts, Names names,
                      Supplier<MonthlyTable> source) {
        this.names = names;
        this.figures = figures;
        this.exports = exports;
        this.charts = charts;
        this.source = source;
        setPadding(false);
        addAttachListener(e -> {
            if (table == null) {
                build();
            }
        });
    }

    void build() {
        table = source.get();
        removeAll();
        add(new H3(table.title()));
        add(new Paragraph(table.period().label() + ", compared with " + table.previousPeriod().label()
                + ". Select a count to list the reports behind it."));
        String file = "figures-" + FiguresTable.slug(table.dimension(), table.group()) + "-" + table.period().from()
                + "-" + table.period().to();
        FiguresTable export = FiguresTable.of(table);
        HorizontalLayout downloads = new HorizontalLayout(
                Downloads.link("Download CSV", file + ".csv", FiguresExports.CSV, () -> exports.csv(export)),
                Downloads.link("Download XLSX", file + ".xlsx", FiguresExports.XLSX, () -> exports.xlsx(List.of(export))));
        add(downloads);

        MonthlyTable shown = table;
        FlexLayout chartRow = new FlexLayout(
                Downloads.svg(() -> charts.svg(charts.reportsPerMonth(shown), 640, 340),
                        "Chart of " + shown.title() + " per month; the numbers are in the table below"),
                Downloads.svg(() -> charts.svg(charts.comparedWithPrevious(shown, 10), 640, 340),
                        "Chart of the largest rows of " + shown.title()
                                + " beside the previous period; the numbers are in the table below"));
        chartRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chartRow.setWidthFull();
        add(chartRow);

        grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(MonthlyTable.Row::code).setHeader("Code").setKey("code").setAutoWidth(true).setFrozen(true);
        grid.addColumn(MonthlyTable.Row::name).setHeader("Name").setKey("name").setAutoWidth(true).setFrozen(true);
        for (int i = 0; i < table.months().size(); i++) {
            int month = i;
            YearMonth yearMonth = table.months().get(i);
            grid.addColumn(new ComponentRenderer<>(row -> count(row, row.months().get(month),
                            UkDates.MONTH.format(yearMonth), DrillDown.monthOf(shown, rowCode(row), yearMonth))))
                    .setHeader(UkDates.MONTH.format(yearMonth)).setKey(FiguresTable.month(yearMonth))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.addColumn(new ComponentRenderer<>(row -> count(row, row.total(), "the period",
                        DrillDown.totalOf(shown, rowCode(row)))))
                .setHeader("Total").setKey("total").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(row -> count(row, row.previousTotal(), "the previous period",
                        DrillDown.previousOf(shown, rowCode(row)))))
                .setHeader("Previous").setKey("previous").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(MonthlyTable.Row::difference).setHeader("Difference").setKey("difference")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> Change.text(row.percentageChange())).setHeader("% change").setKey("percentage")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        List<MonthlyTable.Row> rows = new ArrayList<>(table.rows());
        rows.add(table.totals());
        grid.setItems(rows);
        grid.setPartNameGenerator(row -> row == shown.totals() ? "totals-row" : null);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        add(grid);
        setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
    }

    private String rowCode(MonthlyTable.Row row) {
        return row == table.totals() ? null : row.code();
    }

    private Component count(MonthlyTable.Row row, long count, String when, DrillDown drillDown) {
        if (count == 0) {
            return new Span("0");
        }
        Button button = new Button(String.valueOf(count), e -> open(row, when, drillDown));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel("List the " + count + " reports: " + row.name() + ", " + when);
        if (row == table.totals()) {
            button.getStyle().set("font-weight", "bold");
        }
        return button;
    }

    void open(MonthlyTable.Row row, String when, DrillDown drillDown) {
        ReportList list = figures.drillDown(drillDown);
        new ReportListDialog(row.name() + ", " + when, list, names).open();
    }
}
