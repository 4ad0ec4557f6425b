package org.csucasework.intake.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;


import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csucasework.shared.ui.Notices;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.ReportFlag;
import org.csucasework.intake.ReportService;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Person;
import org.csucasework.people.Place;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.Ward;
import org.csucasework.risk.RiskAssessmentService;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.Role;
import org.csucasework.shared.Idempotency;
import org.csucasework.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Logging a report: the {@link ReportForm} wired to the intake service. On success the user lands on the new report's
 * page with a notification naming its reference and flags; on errors the form keeps everything and marks the fields.
 */
@Route("reports/new")
@PageTitle("Log a report | CSU Casework")
@Menu(title = "Log a report", order = 10, icon = "vaadin:plus")
@RolesAllowed({Role.CASEWORKER_NAME, Role.PARTNER_NAME, Role.SUPERVISOR_NAME})
public class ReportFormView extends VerticalLayout {

    /** Dates and times on the form are the district's. */
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** The window and, where the layout scrolls its content area instead, that area. */
    static final String SCROLL_TO_TOP = "window.scrollTo(0, 0);"
            + "const layout = document.querySelector('vaadin-app-layout');"
            + "const area = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');"
            + "if (area) { area.scrollTop = 0; }";

    private static final Logger log = LoggerFactory.getLogger(ReportFormView.class);

    private final ReportService reports;
    private final ReportForm form;

    public ReportFormView(ReportService reports, PeopleService people, ReferenceDataService referenceData,
                          UserService users, RiskAssessmentService risk, Clock clock,
                          org.csucasework.intake.PersonMarkers markers) {
        this.reports = reports;
        addClassName("report-form-view");
        setMaxWidth("70em");

        CurrentUser user = users.requireCurrentUser();
        List<Ward> wards = referenceData.activeWards();
        Map<String, String> wardNames = wards.stream().collect(Collectors.toMap(Ward::getCode, Ward::getName));
        List<Agency> agencies = referenceData.activeAgencies();

        ReportDraft draft = new ReportDraft();
        draft.setReceivedAt(LocalDateTime.now(clock.withZone(ZONE)).truncatedTo(ChronoUnit.MINUTES));
        agencies.stream().filter(a -> a.getCode().equals(user.agencyCode())).findFirst()
                .ifPresent(draft::setSourceAgency);

        Function<String, List<PlaceOption>> placeSuggestions = text -> people.suggestPlaces(text).stream()
                .map(p -> placeOption(p, wardNames)).toList();
        // Looking people up across all reports is for CSU staff; partner officers type names.
        Function<String, List<PersonOption>> peopleSuggestions = user.hasAny(Role.CASEWORKER, Role.SUPERVISOR)
                ? text -> people.suggestPeople(text).stream().map(ReportFormView::personOption).toList()
                : null;

        form = new ReportForm(draft, referenceData.activeCategories(), wards, agencies, placeSuggestions,
                peopleSuggestions);
        if (peopleSuggestions != null) {
            form.setMatchFinder(people::possibleMatches);
            form.setMarkerFinder(markers::of);
        }
        form.setRiskQuestions(risk.questions());
        form.addSaveListener(e -> save(e.getDraft()));
        form.addCancelListener(e -> UI.getCurrent().navigate(""));

        add(new H1("Log a report"),
                new Paragraph("Fields marked with a dot are required. People and places on record are suggested as "
                        + "you type, so that their history builds up across reports."),
                form);
    }

    private void save(ReportDraft draft) {
        try {
            LoggedReport logged = reports.log(draft.toNewReport(ZONE), draft.getIdempotencyKey());
            confirm(logged);
            UI.getCurrent().navigate("reports/" + logged.reference());
            // The long form was scrolled to its Log button; the report's page must open at its top.
            UI.getCurrent().getPage().executeJs(SCROLL_TO_TOP);
        } catch (Idempotency.KeyReusedException e) {
            form.showProblem("This form had already been saved as a report before your latest changes (the answer "
                    + "was lost on the way). Find the report in the list of reports and change it there.");
        } catch (ValidationException e) {
            form.showErrors(e.errors());
        } catch (AccessDeniedException e) {
            form.showProblem("You are not allowed to log reports. Nothing you typed has been lost.");
        } catch (RuntimeException e) {
            log.error("Logging a report failed", e);
            form.showProblem("Something went wrong while saving. Nothing you typed has been lost: try again. "
                    + "Saving again cannot log the report twice.");
        }
    }

    private static void confirm(LoggedReport logged) {
        StringBuilder text = new StringBuilder(logged.existing()
                ? "This report had already been logged as " + logged.reference() + "."
                : "Report " + logged.reference() + " logged.");
        if (!logged.flags().isEmpty()) {
            text.append(" Flags: ").append(logged.flags().stream().sorted().map(ReportFlag::label)
                    .collect(Collectors.joining("; "))).append('.');
        }
        if (logged.linkedReportId() != null) {
            text.append(" Linked to an open report about the same place or person.");
        }
        Notices.success(text.toString());
    }

    private static PlaceOption placeOption(Place place, Map<String, String> wardNames) {
        return new PlaceOption(place.getId(), place.getLabel(), place.getWardCode(),
                place.getWardCode() == null ? null : wardNames.get(place.getWardCode()));
    }

    private static PersonOption personOption(Person person) {
        return new PersonOption(person.getId(), person.getFullName(), person.getDateOfBirth(), person.getPhone(),
                person.getEmail(), person.getAddress());
    }

    ReportForm form() {
        return form;
    }
}
