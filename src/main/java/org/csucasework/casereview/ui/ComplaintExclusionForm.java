package org.csucasework.casereview.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.csucasework.casereview.CaseReviewDetails;
import org.csucasework.casereview.CaseReviewFieldLimits;
import org.csucasework.casereview.CaseReviewService;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;

/**
 * Before the threshold decision the coordinator may set a complaint aside as not about the same behaviour, with the
 * reason, or count it again; the complaints are counted again at once ({@code saved} shows the page anew).
 */
class ComplaintExclusionForm extends VerticalLayout {

    final Select<CaseReviewDetails.ComplaintView> complaint = new Select<>();
    final TextField reason = new TextField("Why it is not about the same behaviour");

    ComplaintExclusionForm(CaseReviewService applications, CaseReviewDetails review, Runnable saved) {
        setPadding(false);
        complaint.setLabel("Complaint to set aside or count again");
        complaint.setItems(review.qualifyingComplaints());
        complaint.setItemLabelGenerator(ComplaintExclusionForm::describe);
        reason.setMaxLength(CaseReviewFieldLimits.NOTE);
        reason.setWidthFull();
        Map<String, HasValidation> fields = Map.of("complaint", complaint, "reason", reason);
        Button exclude = new Button("Set the complaint aside", e -> change(applications, review, fields, true, saved));
        Button include = new Button("Count the complaint again", e -> change(applications, review, fields, false,
                saved));
        add(complaint, reason, new HorizontalLayout(exclude, include));
    }

    private void change(CaseReviewService applications, CaseReviewDetails review, Map<String, HasValidation> fields,
                        boolean setAside, Runnable saved) {
        if (complaint.getValue() == null) {
            complaint.setInvalid(true);
            complaint.setErrorMessage("Choose the complaint");
            return;
        }
        Long id = complaint.getValue().id();
        try {
            if (FieldErrors.succeeded(fields, () -> applications.excludeComplaint(review.reference(), id, setAside,
                    reason.getValue()))) {
                Notices.success(setAside ? "Complaint set aside; the complaints were counted again"
                        : "The complaint counts again");
                saved.run();
            }
        } catch (org.springframework.security.access.AccessDeniedException refused) {
            Notices.error("Only a Case Review coordinator (a supervisor) may do this.");
        }
    }

    /** "CSU-2026-000123, complained 3 Dec 2026" or "Not on record, complained 3 Dec 2026", and whether set aside. */
    static String describe(CaseReviewDetails.ComplaintView c) {
        return (c.onRecord() ? c.reportReference() : "Not on record") + ", complained " + UkDates.day(c.complainedOn())
                + (c.excluded() ? " (set aside)" : "");
    }
}
