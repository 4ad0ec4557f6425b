package org.csucasework.marac.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.csucasework.actions.ActionsGrid;
import org.csucasework.casehistory.CaseDocuments;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseHistoryPanel;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.intake.ReportSummary;
import org.csucasework.marac.MaracReferralService;
import org.csucasework.marac.ReferralPage;
import org.csucasework.marac.ReferralSummary;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.UkDates;

/**
 * A referral or case and its MARAC history: the subject, criteria, risk and history, the reports brought, the lawful
 * basis, the screening, each meeting's decision, the actions and the timeline. Members see every case; a referrer
 * sees their own referral; for anyone else there is no such case.
 */
@Route("marac/cases/:reference")
@PageTitle("Community MARAC case | CSU Casework")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME, Role.PARTNER_NAME, Role.MARAC_MEMBER_NAME,
        Role.MARAC_CHAIR_NAME})
public class MaracCaseView extends VerticalLayout implements BeforeEnterObserver {

    private final MaracReferralService referrals;
    private final Names names;

    ReferralPage page;
    Grid<ReferralPage.Discussion> discussions;
    ActionsGrid actions;
    CaseHistoryPanel history;

    private final CaseHistory caseHistory;
    private final CaseDocuments caseDocuments;

    public MaracCaseView(MaracReferralService referrals, CaseHistory caseHistory, CaseDocuments caseDocuments,
                         Names names) {
        this.referrals = referrals;
        this.names = names;
        this.caseHistory = caseHistory;
        this.caseDocuments = caseDocuments;
        addClassName("marac-case");
        setMaxWidth("70em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElse("");
        removeAll();
        try {
            page = referrals.page(reference);
        } catch (NotFoundException e) {
            page = null;
            add(new H1("Case not found"), new Paragraph("There is no Community MARAC case " + reference
                    + " that you can see."));
            return;
        }
        ReferralSummary summary = page.summary();
        add(new H1(summary.reference() + ": " + summary.subjectLabel()));
        add(new Paragraph(summary.status().label()
                + (summary.nextMeeting() == null ? "" : ". Next meeting: " + UkDates.weekday(summary.nextMeeting()))
                + ". Referred by " + summary.referrerUsername() + " (" + names.agency(summary.referrerAgencyCode()) + ")"
                + (summary.submittedAt() == null ? "" : " on " + UkDates.moment(summary.submittedAt())) + "."));
        if (page.permissions().amend()) {
            String what = page.screeningNote() == null ? "" : " The chair asked: " + page.screeningNote();
            add(new Paragraph("You can amend this referral and submit it." + what),
                    new Anchor("marac/referrals/new?edit=" + summary.reference(), "Amend and submit the referral"));
        }
        if (page.permissions().screen()) {
            add(new Anchor("marac/screening", "Screen this referral in the screening queue"));
        }
        add(new H2("About"));
        add(new MarkedPeople(page.markedPeople()));
        add(labelled("Criteria", names.maracCriteria(page.criteriaCodes())));
        add(labelled("Risk and vulnerability", page.riskSummary()));
        add(labelled("History to bring", page.historyToBring()));
        add(labelled("Lawful basis for sharing", page.lawfulBasis() == null ? null : page.lawfulBasis().label()
                + (page.lawfulBasisNote() == null ? "" : ". " + page.lawfulBasisNote())));
        add(labelled("Reports", String.join(", ", page.reports().stream().map(ReportSummary::reference).toList())
                + (page.hiddenReports() > 0 ? " (and " + page.hiddenReports() + " not shared with your agency)" : "")));
        if (page.screenedAt() != null) {
            add(labelled("Screening", "By " + page.screenedBy() + " on " + UkDates.moment(page.screenedAt())
                    + (page.screeningNote() == null ? "" : ": " + page.screeningNote())));
        }
        if (page.closeReason() != null) {
            add(labelled("Closed", page.closeReason()));
        }

        add(new H2("Meetings"));
        discussions = new Grid<>();
        discussions.setAriaLabel("The meetings that had the case on their agenda");
        discussions.addColumn(d -> UkDates.weekday(d.meetingDate())).setHeader("Meeting").setAutoWidth(true);
        discussions.addColumn(d -> d.carriedOver() ? "Carried over" : "New").setHeader("On the agenda as")
                .setAutoWidth(true);
        discussions.addColumn(d -> d.decision() == null ? "Not yet decided" : d.decision().label())
                .setHeader("Decision");
        discussions.addColumn(d -> d.note() == null ? "" : d.note()).setHeader("Note");
        discussions.setItems(page.discussions());
        discussions.setAllRowsVisible(true);
        add(discussions);

        add(new H2("Actions"));
        actions = new ActionsGrid("The case's actions", names);
        actions.setItems(page.actions());
        add(actions);

        referrals.historyCase(summary.reference()).ifPresent(id -> {
            add(new H2("History"));
            history = new CaseHistoryPanel(caseHistory, caseDocuments, CaseRef.maracReferral(id),
                    "Community MARAC case " + summary.reference());
            add(history);
        });
    }

    private static Div labelled(String label, String text) {
        Div row = new Div();
        row.addClassName("marac-field");
        Paragraph value = new Paragraph(label + ": " + (text == null || text.isBlank() ? "-" : text));
        value.getStyle().set("margin", "0.2em 0");
        row.add(value);
        return row;
    }
}
