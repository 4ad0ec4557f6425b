package org.csucasework.escalation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.csucasework.escalation.CaseDetails;
import org.csucasework.escalation.DocumentFile;
import org.csucasework.escalation.DocumentView;
import org.csucasework.escalation.EscalationService;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ui.UkDates;

/** The read-only tables of the case page: documents, steps, breaches, evidence and the process's steps. */
final class CaseGrids {

    private CaseGrids() {
    }

    static Component documents(EscalationService escalation, List<DocumentView> documents) {
        Grid<DocumentView> grid = grid("Documents");
        grid.addColumn(DocumentView::title).setHeader("Document");
        grid.addColumn(d -> d.recipientName() + " (" + d.recipientRole() + ")").setHeader("To");
        grid.addColumn(LettersRegisterView::served).setHeader("Served");
        grid.addColumn(d -> d.issuedBy() + ", approved by " + d.approvedBy()).setHeader("By");
        grid.addColumn(d -> d.serviceMethod().label() + (d.served() ? ", by " + d.servedBy() : " (planned)"))
                .setHeader("How");
        grid.addComponentColumn(d -> downloadLink(escalation, d)).setHeader("PDF");
        return rows(grid, documents);
    }

    /** A link that fetches the PDF through the service, which checks again that the user may see the case. */
    static Anchor downloadLink(EscalationService escalation, DocumentView document) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                DocumentFile file = escalation.document(document.id());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        "application/pdf", file.content().length);
            } catch (NotFoundException e) {
                return DownloadResponse.error(404);
            }
        }), "Download");
        link.getElement().setAttribute("aria-label", "Download " + document.fileName());
        return link;
    }

    static Component steps(List<CaseDetails.StepView> steps) {
        Grid<CaseDetails.StepView> grid = grid("Steps proposed");
        grid.addColumn(s -> s.stageLabel() + (s.skip() ? " (skip)" : "")).setHeader("Step");
        grid.addColumn(s -> s.status().label()).setHeader("Status");
        grid.addColumn(s -> s.proposedBy() + ", " + UkDates.moment(s.proposedAt())).setHeader("Proposed");
        grid.addColumn(s -> s.decidedBy() == null ? "" : s.decidedBy() + ", " + UkDates.moment(s.decidedAt()))
                .setHeader("Decided");
        grid.addColumn(s -> s.decisionNote() == null ? "" : s.decisionNote()).setHeader("Comments");
        grid.addColumn(s -> s.servedOn() == null ? "" : UkDates.day(s.servedOn()) + ", "
                + s.servedMethod().label().toLowerCase(Locale.UK) + ", by " + s.servedBy()).setHeader("Served");
        return rows(grid, steps);
    }

    static Component breaches(List<CaseDetails.BreachView> breaches) {
        Grid<CaseDetails.BreachView> grid = grid("Breaches reported");
        grid.addColumn(b -> UkDates.moment(b.reportedAt())).setHeader("Reported");
        grid.addColumn(CaseDetails.BreachView::reportedBy).setHeader("By");
        grid.addColumn(CaseDetails.BreachView::description).setHeader("What happened");
        grid.addColumn(b -> b.status().charAt(0) + b.status().substring(1).toLowerCase()).setHeader("Status");
        grid.addColumn(b -> b.note() == null ? "" : b.note()).setHeader("Note");
        return rows(grid, breaches);
    }

    static Component evidence(List<CaseDetails.Evidence> reports) {
        Grid<CaseDetails.Evidence> grid = grid("Reports on the case");
        grid.addColumn(CaseDetails.Evidence::reference).setHeader("Report");
        grid.addColumn(r -> UkDates.moment(r.receivedAt())).setHeader("Received");
        grid.addColumn(CaseDetails.Evidence::categoryName).setHeader("Category");
        grid.addColumn(CaseDetails.Evidence::how).setHeader("How it came to the case");
        return rows(grid, reports);
    }

    /** The process's steps as a list, beside the diagram: what was done when, readable without the drawing. */
    static Component process(CaseDetails d) {
        Grid<CaseDetails.ProcessStep> grid = grid("Steps of the case's process");
        grid.addColumn(CaseDetails.ProcessStep::name).setHeader("Step");
        grid.addColumn(s -> UkDates.moment(s.started())).setHeader("Started");
        grid.addColumn(s -> s.ended() == null ? "Now" : UkDates.moment(s.ended())).setHeader("Ended");
        return rows(grid, d.processSteps());
    }

    private static <T> Grid<T> grid(String ariaLabel) {
        Grid<T> grid = new Grid<>();
        grid.setAriaLabel(ariaLabel);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    private static <T> Grid<T> rows(Grid<T> grid, List<T> items) {
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
