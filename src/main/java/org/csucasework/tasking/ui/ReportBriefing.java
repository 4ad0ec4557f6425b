package org.csucasework.tasking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.csucasework.intake.ReportDetails;
import org.csucasework.intake.ui.PersonMarkerBadges;
import org.csucasework.intake.ReportSummary;
import org.csucasework.intake.SubjectRole;

/**
 * What the tasking meeting needs to decide on a report without opening it: what was reported, the people involved
 * with their roles, whether each is a repeat, and each person's other reports. A plain component: the histories come
 * from the function given (the report service's history of a person, which shows only what the user may see).
 */
class ReportBriefing extends Div {

    /** Enough for the meeting to see a pattern; the report's page has the whole history. */
    static final int HISTORY_SHOWN = 5;

    private final ReportDetails report;
    private final Function<Long, List<ReportSummary>> historyOf;
    private final Duration repeatWindow;

    ReportBriefing(ReportDetails report, Function<Long, List<ReportSummary>> historyOf, Duration repeatWindow) {
        this.report = report;
        this.historyOf = historyOf;
        this.repeatWindow = repeatWindow;
        addClassName("report-briefing");
        setId("briefing-" + report.reference());

        Paragraph description = new Paragraph(report.description() == null || report.description().isBlank()
                ? "No description recorded." : report.description());
        description.addClassName("briefing-description");
        // The description is typed with line breaks (who, what, when): keep them.
        description.getStyle().set("white-space", "pre-wrap");
        add(new H5("What was reported"), description, new H5("People involved"));

        Div people = new Div();
        people.addClassName("briefing-people");
        if (!report.anonymous() && report.reporter() != null) {
            people.add(person(report.reporter(), "Reporter", false));
        }
        for (ReportDetails.Involved involved : report.subjects()) {
            if (involved.person() != null) {
                people.add(person(involved.person(), involved.role().label(), involved.role() == SubjectRole.VICTIM));
            }
        }
        if (people.getComponentCount() == 0) {
            people.add(new Paragraph(report.anonymous() ? "No one named: the report is anonymous."
                    : "No people recorded."));
        }
        add(people);
    }

    private Div person(ReportDetails.PersonRef person, String role, boolean victim) {
        List<ReportSummary> others = historyOf.apply(person.id()).stream()
                .filter(other -> !other.reference().equals(report.reference())).toList();
        Instant windowStart = report.receivedAt().minus(repeatWindow);
        long recent = others.stream().filter(other -> !other.receivedAt().isBefore(windowStart)
                && !other.receivedAt().isAfter(report.receivedAt())).count();

        Paragraph who = new Paragraph(person.fullName() + " — " + role);
        // What the person's reports mark them as, in any role: the meeting decides with it in front of it.
        who.add(new PersonMarkerBadges(person.markers()));
        who.addClassName("briefing-person-name");
        who.getStyle().set("font-weight", "600").set("margin-bottom", "0");
        if (recent > 0) {
            // Said in words, not by colour alone; "repeat victim" is the term partners use for vulnerability.
            Span repeat = new Span(" · " + (victim ? "Repeat victim" : "Repeat") + ": " + recent
                    + (recent == 1 ? " earlier report" : " earlier reports") + " in the last " + windowText());
            repeat.addClassName("briefing-repeat");
            who.add(repeat);
        }
        Div card = new Div(who);
        card.addClassName("briefing-person");
        if (others.isEmpty()) {
            Paragraph none = new Paragraph("No other reports that you can see.");
            none.getStyle().set("margin-top", "0");
            card.add(none);
        } else {
            card.add(ReportHistory.list(others, HISTORY_SHOWN, false));
        }
        return card;
    }

    /** "12 months" for the usual window of 365 days, as the flags say it; any other window in days. */
    private String windowText() {
        long days = repeatWindow.toDays();
        return days % 365 == 0 ? days / 365 * 12 + " months" : days + (days == 1 ? " day" : " days");
    }

    /** The briefing as read aloud or checked in tests: its text, without markup. */
    String text() {
        return getElement().getTextRecursively();
    }
}
