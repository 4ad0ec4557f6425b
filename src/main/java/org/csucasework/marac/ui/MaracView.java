package org.csucasework.marac.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.csucasework.marac.MaracMeetingService;
import org.csucasework.marac.MaracReferralService;
import org.csucasework.marac.MeetingSummary;
import org.csucasework.marac.ReferralStatus;
import org.csucasework.marac.ReferralSummary;
import org.csucasework.security.UserService;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Community MARAC for its members: the cases (on the list unless all are asked for) and the meetings, latest
 * first; the chair adds meetings here. Choosing a case or a meeting opens it.
 */
@Route("marac")
@PageTitle("Community MARAC | CSU Casework")
@Menu(title = "Community MARAC", order = 51, icon = "vaadin:group")
@RolesAllowed({Role.MARAC_MEMBER_NAME, Role.MARAC_CHAIR_NAME})
public class MaracView extends VerticalLayout {

    private final MaracReferralService referrals;
    private final MaracMeetingService meetings;

    final Checkbox allCases = new Checkbox("Show closed, declined and waiting referrals too");
    final Grid<ReferralSummary> cases = new Grid<>();
    final Grid<MeetingSummary> meetingGrid = new Grid<>();
    final DatePicker newMeetingDate = UkDates.picker("Add a meeting on");
    final Button addMeeting = new Button("Add meeting");

    public MaracView(MaracReferralService referrals, MaracMeetingService meetings, UserService users) {
        this.referrals = referrals;
        this.meetings = meetings;
        addClassName("marac");

        cases.setAriaLabel("Community MARAC cases");
        // Links, not only row clicks: a keyboard user tabs to a case or a meeting and opens it with Enter (2.1.1).
        cases.addComponentColumn(r -> MaracView.caseLink(r.reference())).setHeader("Case").setAutoWidth(true);
        cases.addColumn(ReferralSummary::subjectLabel).setHeader("About");
        cases.addColumn(r -> r.status().label()).setHeader("Status").setAutoWidth(true);
        cases.addColumn(r -> UkDates.weekday(r.nextMeeting())).setHeader("Next meeting").setAutoWidth(true);
        cases.addColumn(ReferralSummary::referrerAgencyCode).setHeader("Referred by").setAutoWidth(true);
        cases.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MaracCaseView.class,
                new RouteParameters("reference", e.getItem().reference()))));
        cases.setAllRowsVisible(true);
        allCases.addValueChangeListener(e -> refreshCases());

        meetingGrid.setAriaLabel("Community MARAC meetings, latest first");
        meetingGrid.addComponentColumn(m -> new Anchor("marac/meetings/" + m.id(), UkDates.weekday(m.date())))
                .setHeader("Meeting").setAutoWidth(true);
        meetingGrid.addColumn(m -> UkDates.weekday(m.referralDeadline())).setHeader("Referral deadline")
                .setAutoWidth(true);
        meetingGrid.addColumn(m -> m.status().label()).setHeader("Status").setAutoWidth(true);
        meetingGrid.addColumn(MeetingSummary::cases).setHeader("Cases").setAutoWidth(true);
        meetingGrid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        meetingGrid.setAllRowsVisible(true);

        add(new H1("Community MARAC"), new H2("Cases"), allCases, cases, new H2("Meetings"));
        if (users.requireCurrentUser().has(Role.MARAC_CHAIR)) {
            addMeeting.addClickListener(e -> addMeeting());
            HorizontalLayout adding = new HorizontalLayout(newMeetingDate, addMeeting);
            adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(adding);
        }
        add(meetingGrid);
        refreshCases();
        meetingGrid.setItems(meetings.meetings());
    }

    void refreshCases() {
        cases.setItems(referrals.list(allCases.getValue() ? null : EnumSet.of(ReferralStatus.ON_LIST)));
    }

    private void addMeeting() {
        try {
            MeetingSummary added = meetings.schedule(newMeetingDate.getValue());
            FieldErrors.show(List.of(), Map.of("date", newMeetingDate));
            Notices.success("Meeting added on " + UkDates.weekday(added.date()) + ", referral deadline "
                    + UkDates.weekday(added.referralDeadline()));
            meetingGrid.setItems(meetings.meetings());
        } catch (ValidationException e) {
            Notices.refused(FieldErrors.show(e.errors(), Map.of("date", newMeetingDate)));
        } catch (AccessDeniedException e) {
            Notices.error(e.getMessage());
        }
    }

    /** The case's page, as a link a keyboard user reaches with Tab (grids' row clicks are for the mouse only). */
    static Anchor caseLink(String reference) {
        return new Anchor("marac/cases/" + reference, reference);
    }
}
