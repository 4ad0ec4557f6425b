package org.csucasework.marac.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.csucasework.marac.MaracFieldLimits;
import org.csucasework.marac.MaracReferralService;
import org.csucasework.marac.ReferralPage;
import org.csucasework.marac.ReferralSummary;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.UkDates;
import org.springframework.security.access.AccessDeniedException;

/**
 * The MARAC chair's screening queue: referrals waiting, oldest first. Choosing one shows it; the chair accepts it (it
 * goes on the next meeting's agenda), declines it with the reason, or asks the referrer for more information.
 */
@Route("marac/screening")
@PageTitle("MARAC screening | CSU Casework")
@Menu(title = "MARAC screening", order = 52, icon = "vaadin:clipboard-check")
@RolesAllowed(Role.MARAC_CHAIR_NAME)
public class ScreeningView extends VerticalLayout {

    private final MaracReferralService referrals;
    private final Names names;

    final Grid<ReferralSummary> queue = new Grid<>();
    final Paragraph empty = new Paragraph("No referral is waiting for screening.");
    final VerticalLayout detail = new VerticalLayout();
    final TextArea note = new TextArea("Note to the referrer (the reason when declining, what is needed when asking "
            + "for more)");
    final Button accept = new Button("Accept");
    final Button decline = new Button("Decline");
    final Button askForMore = new Button("Ask for more information");

    private ReferralSummary selected;

    public ScreeningView(MaracReferralService referrals, Names names) {
        this.referrals = referrals;
        this.names = names;
        addClassName("marac-screening");
        queue.setAriaLabel("Referrals waiting for screening, oldest first");
        queue.addColumn(r -> UkDates.moment(r.submittedAt())).setHeader("Submitted").setAutoWidth(true);
        queue.addColumn(ReferralSummary::reference).setHeader("Referral").setAutoWidth(true);
        queue.addColumn(ReferralSummary::subjectLabel).setHeader("About");
        queue.addColumn(r -> names.agency(r.referrerAgencyCode())).setHeader("Referred by").setAutoWidth(true);
        queue.addColumn(r -> r.submissions() > 1 ? "Resubmitted (" + r.submissions() + ")" : "").setHeader("")
                .setAutoWidth(true);
        queue.setAllRowsVisible(true);
        queue.addSelectionListener(e -> select(e.getFirstSelectedItem().orElse(null)));
        note.setMaxLength(MaracFieldLimits.NOTE);
        note.setWidthFull();
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> screen((ref, text) -> referrals.accept(ref, text), "accepted"));
        decline.addClickListener(e -> screen((ref, text) -> referrals.decline(ref, text), "declined"));
        askForMore.addClickListener(e -> screen((ref, text) -> referrals.requestMoreInformation(ref, text),
                "returned to the referrer for more information"));
        add(new H1("MARAC screening"), empty, queue, detail);
        refresh();
    }

    void refresh() {
        List<ReferralSummary> waiting = referrals.screeningQueue();
        queue.setItems(waiting);
        empty.setVisible(waiting.isEmpty());
        select(null);
    }

    void select(ReferralSummary referral) {
        selected = referral;
        detail.removeAll();
        if (referral == null) {
            return;
        }
        try {
            ReferralPage page = referrals.page(referral.reference());
            detail.add(new H2(referral.reference() + ": " + referral.subjectLabel()),
                    new MarkedPeople(page.markedPeople()),
                    new Paragraph("Criteria: " + names.maracCriteria(page.criteriaCodes())),
                    new Paragraph("Risk and vulnerability: " + page.riskSummary()),
                    new Paragraph("History: " + (page.historyToBring() == null ? "-" : page.historyToBring())),
                    new Paragraph("Lawful basis: " + (page.lawfulBasis() == null ? "-" : page.lawfulBasis().label())),
                    note, new HorizontalLayout(accept, decline, askForMore));
        } catch (NotFoundException e) {
            Notices.error(e.getMessage());
        }
    }

    private void screen(BiFunction<String, String, ReferralSummary> decision, String outcome) {
        if (selected == null) {
            return;
        }
        try {
            ReferralSummary result = decision.apply(selected.reference(), note.getValue());
            FieldErrors.show(List.of(), Map.of("reason", note));
            Notices.success(result.reference() + " " + outcome
                    + (result.nextMeeting() == null ? "" : ": on the agenda of " + UkDates.weekday(result.nextMeeting())));
            note.clear();
            refresh();
        } catch (ValidationException e) {
            Notices.refused(FieldErrors.show(e.errors().stream()
                    .map(err -> err.field().equals("note") ? new org.csucasework.shared.FieldError("reason",
                            err.message()) : err).toList(), Map.of("reason", note)));
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            Notices.error(e.getMessage());
            refresh();
        }
    }

    /** Opens a referral's page from the queue (for keyboard users: the grid's row, then Enter). */
    void open(ReferralSummary referral) {
        getUI().ifPresent(ui -> ui.navigate(MaracCaseView.class, new RouteParameters("reference",
                referral.reference())));
    }
}
