package org.csucasework.reporting.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.csucasework.reporting.Change;
import org.csucasework.reporting.FiguresExports;
import org.csucasework.reporting.FiguresTable;
import org.csucasework.reporting.PartnerFiguresService;
import org.csucasework.reporting.PartnerImportResult;
import org.csucasework.reporting.PartnerTable;
import org.csucasework.security.UserService;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;

/**
 * Partner figures (e.g. police recorded crime) in the shape of the seed's Table 3, with the import of a partner's
 * CSV file for analysts: all or nothing, every line's errors listed.
 */
@Route("reporting/partner-figures")
@PageTitle("Partner figures | CSU Casework")
@Menu(title = "Partner figures", order = 61, icon = "vaadin:table")
@RolesAllowed({Role.ANALYST_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class PartnerFiguresView extends VerticalLayout {

    private final PartnerFiguresService partnerFigures;
    private final FiguresExports exports;
    final Select<String> source = new Select<>();
    final Select<LocalDate> periodStart = new Select<>();
    final Grid<PartnerTable.Row> grid = new Grid<>();
    final Grid<FieldError> errors = new Grid<>();
    private final HorizontalLayout downloads = new HorizontalLayout();
    PartnerTable table;

    public PartnerFiguresView(PartnerFiguresService partnerFigures, FiguresExports exports, UserService users) {
        this.partnerFigures = partnerFigures;
        this.exports = exports;
        add(new H1("Partner figures"));
        add(new Paragraph("Counts partners send, such as police recorded crime by category, beside the period before "
                + "and as a rate per 1,000 of the district's population."));

        if (users.currentUser().map(user -> user.has(Role.ANALYST)).orElse(false)) {
            add(new H2("Import"));
            add(new Paragraph("A CSV file with the header below; a count for the same source, category and period "
                    + "replaces the one on record. Categories are police crime categories or report categories."));
            add(new Code(String.join(",", PartnerFiguresService.COLUMNS)));
            upload = new Upload(UploadHandler.inMemory((metadata, content) -> importFile(content)));
            upload.setAcceptedFileTypes("text/csv", ".csv");
            upload.setMaxFiles(1);
            upload.setDropLabel(new Span("Drop the CSV file here"));
            add(upload);
            errors.addColumn(FieldError::line).setHeader("Line").setAutoWidth(true);
            errors.addColumn(FieldError::field).setHeader("Column").setAutoWidth(true);
            errors.addColumn(FieldError::message).setHeader("Problem").setFlexGrow(1);
            errors.setAllRowsVisible(true);
            errors.setVisible(false);
            add(errors);
        }

        add(new H2("Figures"));
        source.setLabel("Source");
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption("All sources");
        periodStart.setLabel("Period starting");
        source.addValueChangeListener(e -> {
            periodStart.setItems(partnerFigures.periodStarts(e.getValue()));
            show();
        });
        periodStart.addValueChangeListener(e -> show());
        HorizontalLayout choice = new HorizontalLayout(source, periodStart, downloads);
        choice.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(choice);

        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PartnerTable.Row::source).setHeader("Source").setAutoWidth(true);
        grid.addColumn(PartnerTable.Row::name).setHeader("Category").setAutoWidth(true);
        grid.addColumn(row -> text(row.previous())).setHeader("Previous period").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(row -> text(row.current())).setHeader("This period").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(row -> text(row.difference())).setHeader("Difference").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(row -> Change.text(row.percentageChange())).setHeader("% change")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> Change.text(row.ratePerThousand())).setHeader("Per 1,000 population")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(row -> UkDates.day(row.periodStart()) + " – " + UkDates.day(row.periodEnd()))
                .setHeader("Period").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);
        reloadChoices();
    }

    /** For analysts only; null for the others. */
    Upload upload;

    void importFile(byte[] content) {
        // One file at a time: the finished one leaves the list, or a corrected file is refused as "Too Many Files".
        if (upload != null) {
            upload.clearFileList();
        }
        try {
            PartnerImportResult result = partnerFigures.importCsv(new InputStreamReader(new ByteArrayInputStream(content),
                    StandardCharsets.UTF_8));
            errors.setVisible(false);
            Notices.success("Imported " + result.rows() + " counts: " + result.added() + " new, " + result.replaced()
                    + " replaced");
            reloadChoices();
        } catch (ValidationException invalid) {
            errors.setItems(invalid.errors());
            errors.setVisible(true);
            Notices.error("Nothing was imported: the file has " + invalid.errors().size()
                    + (invalid.errors().size() == 1 ? " problem" : " problems") + ", listed below");
        }
    }

    private void reloadChoices() {
        List<String> sources = partnerFigures.sources();
        source.setItems(sources);
        periodStart.setItems(partnerFigures.periodStarts(null));
        show();
    }

    void show() {
        table = partnerFigures.table(source.getValue(), periodStart.getValue());
        grid.setItems(table.rows());
        downloads.removeAll();
        FiguresTable export = FiguresTable.of(table);
        downloads.add(Downloads.link("Download CSV", "partner-figures.csv", FiguresExports.CSV, () -> exports.csv(export)),
                Downloads.link("Download XLSX", "partner-figures.xlsx", FiguresExports.XLSX,
                        () -> exports.xlsx(List.of(export))));
    }

    private static String text(Long value) {
        return value == null ? "" : String.valueOf(value);
    }
}
