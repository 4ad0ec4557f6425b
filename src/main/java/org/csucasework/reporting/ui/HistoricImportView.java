package org.csucasework.reporting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;


import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Locale;
import org.csucasework.shared.ui.Notices;
import org.csucasework.intake.ImportResult;
import org.csucasework.intake.ReportImportService;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Role;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Analysts import historic reports from a CSV file. The import runs in the background; the page polls it twice a
 * second for a progress bar. Nothing is stored unless every row is valid; otherwise every row's errors are listed.
 */
@Route("reporting/import")
@PageTitle("Import historic reports | CSU Casework")
@Menu(title = "Import historic reports", order = 63, icon = "vaadin:upload")
@RolesAllowed(Role.ANALYST_NAME)
public class HistoricImportView extends VerticalLayout {

    static final int POLL_MILLIS = 500;
    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance(Locale.UK);

    private final ImportJobs jobs;
    private final SecurityContext user;
    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Grid<FieldError> errors = new Grid<>();
    ImportJobs.Job job;
    private Registration polling;

    public HistoricImportView(ImportJobs jobs) {
        this.jobs = jobs;
        this.user = SecurityContextHolder.getContext();
        add(new H1("Import historic reports"));
        add(new Paragraph("A CSV file with this header line, one report per line:"));
        add(new Code(String.join(",", ReportImportService.COLUMNS)));
        add(new Paragraph("Dates are ISO-8601 (2019-10-31 or 2019-10-31T14:05:00, the district's local time unless "
                + "an offset is given). ward_code, location, anonymous (true/false), closed_at and outcome_code may be "
                + "empty; a report with closed_at is stored closed and starts no process, one without goes to the "
                + "daily tasking. Codes are those of the reference data. A reference already on record is an error. "
                + "Nothing is stored unless every line is valid."));
        upload = new Upload(UploadHandler.inMemory((metadata, content) -> start(metadata.fileName(), content)));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(200 * 1024 * 1024);
        upload.setDropLabel(new Span("Drop the CSV file here"));
        add(upload);
        progress.setVisible(false);
        progress.setWidth("30em");
        progress.getElement().setAttribute("aria-label", "Import progress");
        status.getElement().setAttribute("role", "status");
        add(progress, status);
        errors.addColumn(FieldError::line).setHeader("Line").setAutoWidth(true);
        errors.addColumn(FieldError::field).setHeader("Column").setAutoWidth(true);
        errors.addColumn(FieldError::message).setHeader("Problem").setFlexGrow(1);
        errors.setVisible(false);
        add(errors);
    }

    /** Starts importing an uploaded file in the background. */
    void start(String fileName, byte[] content) {
        if (job != null && !job.finished) {
            Notices.error("An import is still running: wait for it to finish.");
            return;
        }
        errors.setVisible(false);
        progress.setVisible(true);
        progress.setIndeterminate(false);
        progress.setValue(0);
        status.setText("Importing " + fileName + " …");
        job = jobs.start(content, user);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(POLL_MILLIS);
            if (polling == null) {
                polling = ui.addPollListener(e -> refresh());
            }
        }
    }

    /** Shows how far the import has got; when it has finished, its result or every error. */
    void refresh() {
        if (job == null) {
            return;
        }
        progress.setValue(job.fraction());
        if (!job.finished) {
            status.setText(job.phase + ": " + NUMBER.format(job.done) + " of " + NUMBER.format(job.total) + " rows");
            return;
        }
        stopPolling();
        progress.setVisible(false);
        if (job.result != null) {
            ImportResult result = job.result;
            status.setText("Imported " + NUMBER.format(result.imported()) + " reports: " + NUMBER.format(result.closed())
                    + " closed, " + NUMBER.format(result.open()) + " open (sent to the daily tasking).");
            Notices.success("Imported " + NUMBER.format(result.imported()) + " reports");
        } else if (!job.errors.isEmpty()) {
            status.setText("Nothing was imported: the file has " + NUMBER.format(job.errors.size())
                    + (job.errors.size() == 1 ? " problem" : " problems") + ". Correct the file and upload it again.");
            errors.setItems(job.errors);
            errors.setVisible(true);
        } else {
            status.setText(job.failure);
        }
        upload.clearFileList();
    }

    private void stopPolling() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(-1);
        }
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (job != null && !job.finished && polling == null) {
            attachEvent.getUI().setPollInterval(POLL_MILLIS);
            polling = attachEvent.getUI().addPollListener(e -> refresh());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        super.onDetach(detachEvent);
    }
}
