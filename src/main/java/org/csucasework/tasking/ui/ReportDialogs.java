package org.csucasework.tasking.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Optional;
import org.csucasework.actions.ActionEntry;
import org.csucasework.intake.ReportDetails;
import org.csucasework.intake.ReportFieldLimits;
import org.csucasework.intake.ReportSharing;
import org.csucasework.reference.Agency;
import org.csucasework.reference.Outcome;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.security.UserService;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.tasking.CaseFile;
import org.csucasework.tasking.CloseReport;
import org.csucasework.tasking.ReportActions;
import org.csucasework.tasking.ReportClosingService;
import org.csucasework.tasking.process.ReportProcess;

/**
 * The report page's dialogs that change the report: add an action, close, share with an agency, and record that the
 * victim was told of the right to an ASB Case Review. Each reloads the page after a change it made.
 */
class ReportDialogs {

    /** The outcome code the daily tasking's "no further action" decision closes a report with. */
    static final String NO_FURTHER_ACTION = "NO_FURTHER_ACTION";

    private final ReportSharing sharing;
    private final ReportActions actions;
    private final ReportClosingService closing;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final Runnable reload;

    ReportDialogs(ReportSharing sharing, ReportActions actions, ReportClosingService closing,
                  ReferenceDataService referenceData, UserService users, Runnable reload) {
        this.sharing = sharing;
        this.actions = actions;
        this.closing = closing;
        this.referenceData = referenceData;
        this.users = users;
        this.reload = reload;
    }

    /** Adds an action to the report: the one action entry, its officer chosen from the agency's users. */
    void addAction(String reference) {
        ReportPageDialog dialog = new ReportPageDialog("Add an action", "Add the action");
        ActionEntry entry = new ActionEntry(referenceData.activeAgencies()).withNamedOfficer(users::activeOfficersOf)
                .dueByDefault(LocalDate.now(ReportProcess.ZONE));
        dialog.fields(entry, entry.fields());
        dialog.onConfirm(() -> actions.assign(reference, entry.value()), "Action added.", reload);
        dialog.open();
        entry.focus();
    }

    /**
     * Closes the report with an outcome. When the daily tasking decided "no further action", the outcome and its
     * reason are filled in from that decision instead of asked again.
     */
    void close(ReportDetails report, Optional<CaseFile.Review> noFurtherActionDecided) {
        ReportPageDialog dialog = new ReportPageDialog("Close report " + report.reference(), "Close with this outcome");
        Select<Outcome> outcome = dialog.field("outcomeCode", new Select<>());
        outcome.setLabel("Outcome");
        outcome.setItems(referenceData.list(ReferenceType.OUTCOMES));
        outcome.setItemLabelGenerator(Outcome::getLabel);
        outcome.setPlaceholder("Choose the outcome");
        outcome.setWidthFull();
        outcome.setRequiredIndicatorVisible(true);
        TextArea note = dialog.field("note", new TextArea("Note"));
        note.setHelperText("Required for outcomes that need a reason, such as no further action");
        note.setWidthFull();
        outcome.addValueChangeListener(e -> note.setRequiredIndicatorVisible(e.getValue() != null && e.getValue().isNeedsReason()));
        Checkbox told = new Checkbox("The reporter has been told the outcome");
        if (!report.anonymous()) {
            dialog.field("reporterUpdated", told);
            if (report.reporterUpdated()) {
                told.setValue(true);
                told.setReadOnly(true);
                told.setHelperText("Already recorded");
            }
        }
        // The meeting decided "no further action" with its reason: closing carries that decision, not asks again.
        noFurtherActionDecided.ifPresent(decided -> {
            outcome.getListDataView().getItems().filter(o -> NO_FURTHER_ACTION.equals(o.getCode())).findFirst()
                    .ifPresent(outcome::setValue);
            note.setValue(Optional.ofNullable(decided.note()).orElse(""));
            note.setHelperText("The reason given at the daily tasking of " + UkDates.day(UkDates.dayOf(
                    decided.reviewedAt())) + "; change it if need be");
        });
        dialog.onConfirm(() -> closing.close(report.reference(), new CloseReport(
                        outcome.getValue() == null ? null : outcome.getValue().getCode(), note.getValue(),
                        !report.anonymous() && told.getValue(), report.version())),
                "Report " + report.reference() + " closed.", reload);
        dialog.open();
        outcome.focus();
    }

    /** Shares the report with another agency, for a reason kept with the share and in the audit trail. */
    void share(ReportDetails report) {
        ReportPageDialog dialog = new ReportPageDialog("Share report " + report.reference(), "Share");
        dialog.addContent(new Paragraph("The agency's officers will see this report, its people and its history. "
                + "The reason is kept with the share and in the audit trail."));
        Select<Agency> agency = dialog.field("agencyCode", new Select<>());
        agency.setLabel("Agency");
        agency.setItems(referenceData.list(ReferenceType.AGENCIES).stream()
                .filter(a -> !a.getCode().equals(report.owningAgencyCode())).toList());
        agency.setItemLabelGenerator(Agency::getName);
        agency.setPlaceholder("Choose the agency");
        agency.setRequiredIndicatorVisible(true);
        agency.setWidthFull();
        TextArea reason = dialog.field("reason", new TextArea("Reason for sharing"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(ReportFieldLimits.SHARE_REASON);
        reason.setWidthFull();
        dialog.onConfirm(() -> sharing.shareWithAgency(report.reference(),
                        agency.getValue() == null ? null : agency.getValue().getCode(), reason.getValue()),
                "Report " + report.reference() + " shared.", reload);
        dialog.open();
        agency.focus();
    }

    /** Records that the victim was told of their right to apply for an ASB Case Review (s104). */
    void caseReviewRight(ReportDetails report) {
        ReportPageDialog dialog = new ReportPageDialog("Right to an ASB Case Review", "Record that it was told");
        dialog.addContent(new Paragraph("The complaints of the reporter or victim about this behaviour reached the "
                + "ASB Case Review threshold. Record that they were told of their right to apply for one."));
        TextArea note = dialog.field("note", new TextArea("How and when they were told"));
        note.setWidthFull();
        dialog.onConfirm(() -> closing.caseReviewRightTold(report.reference(), note.getValue()),
                "Recorded that the victim was told of the right to an ASB Case Review.", reload);
        dialog.open();
        note.focus();
    }
}
