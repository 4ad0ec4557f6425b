package org.csucasework.marac.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Set;
import org.csucasework.actions.ActionEntry;
import org.csucasework.actions.ActionsGrid;
import org.csucasework.marac.CaseDecision;
import org.csucasework.marac.LawfulBasis;
import org.csucasework.marac.MaracFixtures;
import org.csucasework.marac.MaracReferralService;
import org.csucasework.marac.ReferralStatus;
import org.csucasework.marac.ReferralSummary;
import org.csucasework.shared.Role;
import org.csucasework.support.KaribuUiTest;
import org.csucasework.ui.HomeView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The Community MARAC screens in a mocked browser: the referral form, who reaches what, screening and the meeting. */
class MaracScreensTest extends KaribuUiTest {

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    MaracReferralService referrals;

    @Autowired
    org.csucasework.intake.ReportService reports;

    private MaracFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new MaracFixtures(userDetailsService, referrals);
    }

    @Test
    @DisplayName("A referral without a subject or a criterion is refused at those fields, and everything typed stays")
    void badInputIsShownAtTheFieldsAndKept() {
        login("caseworker", Role.CASEWORKER);
        ReferralFormView form = navigate(ReferralFormView.class);
        form.riskSummary.setValue("Frightened to leave the flat after dark");
        form.historyToBring.setValue("Three reports since March");
        form.lawfulBasis.setValue(LawfulBasis.CONSENT);

        _click(form.submit);

        assertThat(form.personName.isInvalid()).isTrue();
        assertThat(form.personName.getErrorMessage()).isEqualTo("Name the person the referral is about");
        assertThat(form.criteria.isInvalid()).isTrue();
        assertThat(form.criteria.getErrorMessage()).isEqualTo("Tick at least one MARAC criterion the case meets");
        assertThat(form.riskSummary.isInvalid()).isFalse();
        assertThat(form.riskSummary.getValue()).isEqualTo("Frightened to leave the flat after dark");
        assertThat(form.historyToBring.getValue()).isEqualTo("Three reports since March");
        assertThat(form.lawfulBasis.getValue()).isEqualTo(LawfulBasis.CONSENT);

        form.personName.setValue("Form Person " + fixtures.suffix);
        form.criteria.setValue(Set.of("VULNERABLE_ADULT_YOUNG_PERSON"));
        _click(form.submit);

        MaracCaseView page = _get(MaracCaseView.class);
        assertThat(page.page.summary().subjectLabel()).isEqualTo("Form Person " + fixtures.suffix);
        assertThat(page.page.summary().status()).isEqualTo(ReferralStatus.SUBMITTED);
    }

    @Test
    @DisplayName("The case page and the screening queue mark a repeat victim beside their name, whatever their role")
    void theCasePageShowsThePersonsMarkers() {
        fixtures.runAs("caseworker");
        String name = "Marked Person " + fixtures.suffix;
        String first = reports.log(report(new org.csucasework.people.PersonDetails(null, name, null, null, null,
                null)), null).reference();
        Long personId = reports.details(first).subjects().get(0).person().id();
        reports.log(report(new org.csucasework.people.PersonDetails(personId, name, null, null, null, null)), null);
        org.csucasework.marac.ReferralDraft draft = fixtures.draft("Marked Person");
        draft.setPersonId(personId);
        ReferralSummary referral = referrals.submit(draft);

        login("caseworker", Role.CASEWORKER);
        navigate("marac/cases/" + referral.reference());

        assertThat(_get(MaracCaseView.class).getElement().getTextRecursively())
                .contains("People: " + name + "Repeat victim");

        login("supervisor", Role.SUPERVISOR, Role.MARAC_CHAIR);
        ScreeningView screening = navigate(ScreeningView.class);
        screening.queue.select(GridKt._findAll(screening.queue).stream()
                .filter(r -> r.reference().equals(referral.reference())).findFirst().orElseThrow());
        assertThat(screening.detail.getElement().getTextRecursively()).as("the chair screens knowing it")
                .contains("People: " + name + "Repeat victim");
    }

    private static org.csucasework.intake.NewReport report(org.csucasework.people.PersonDetails victim) {
        return new org.csucasework.intake.NewReport(java.time.Instant.now().minusSeconds(7200), "NOIMUS", "E05005008",
                null, "6 Marker Road", "SDC_CSU", true, null, List.of(new org.csucasework.intake.NewReport.Subject(
                org.csucasework.intake.SubjectRole.VICTIM, victim)), "Stones thrown at her windows");
    }

    @Test
    @DisplayName("A non-member has no MARAC menu, cannot open the MARAC pages, and finds no case")
    void aNonMemberReachesNothing() {
        ReferralSummary accepted = fixtures.accepted("Hidden Case");
        Long meetingId = referrals.page(accepted.reference()).discussions().get(0).meetingId();
        SecurityContextHolder.clearContext();

        login("housing", Role.PARTNER);
        navigate(HomeView.class);
        assertThat(menu()).contains("Refer to Community MARAC").doesNotContain("Community MARAC", "MARAC screening");
        assertThatThrownBy(() -> navigate(MaracView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate(ScreeningView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate("marac/meetings/" + meetingId))
                .isInstanceOf(MockAccessDeniedException.class);

        navigate("marac/cases/" + accepted.reference());
        MaracCaseView view = _get(MaracCaseView.class);
        assertThat(view.page).isNull();
        assertThat(_get(H1.class).getText()).isEqualTo("Case not found");

        ReferralFormView form = navigate(ReferralFormView.class);
        assertThat(GridKt._findAll(form.mine)).extracting(ReferralSummary::reference)
                .doesNotContain(accepted.reference());
    }

    @Test
    @DisplayName("A member sees the cases and meetings; only the chair has the screening queue")
    void aMemberSeesTheCases() {
        ReferralSummary accepted = fixtures.accepted("Member View");
        SecurityContextHolder.clearContext();

        login("police", Role.PARTNER, Role.MARAC_MEMBER);
        navigate(HomeView.class);
        assertThat(menu()).contains("Community MARAC").doesNotContain("MARAC screening");
        MaracView view = navigate(MaracView.class);
        assertThat(GridKt._findAll(view.cases)).extracting(ReferralSummary::reference).contains(accepted.reference());
        assertThat(GridKt._findAll(view.meetingGrid)).isNotEmpty();
    }

    @Test
    @DisplayName("The chair accepts from the screening queue, then records the meeting's decision on the meeting page")
    void theChairScreensAndDecides() {
        ReferralSummary submitted = fixtures.submitted("police", "Chair Screened");
        SecurityContextHolder.clearContext();

        login("supervisor", Role.SUPERVISOR, Role.MARAC_CHAIR);
        ScreeningView screening = navigate(ScreeningView.class);
        ReferralSummary row = GridKt._findAll(screening.queue).stream()
                .filter(r -> r.reference().equals(submitted.reference())).findFirst().orElseThrow();
        screening.queue.select(row);
        assertThat(GridKt._getFormattedRow(screening.queue, row)).contains("Kent Police").doesNotContain("KENT_POLICE");
        assertThat(screening.detail.getElement().getTextRecursively())
                .contains("Criteria: Persistent offenders of crime and disorder")
                .doesNotContain("PERSISTENT_OFFENDER", "SUBSTANCE_MISUSE");
        navigate("marac/cases/" + submitted.reference());
        assertThat(_get(MaracCaseView.class).getElement().getTextRecursively()).contains("(Kent Police)")
                .doesNotContain("KENT_POLICE", "PERSISTENT_OFFENDER");
        screening = navigate(ScreeningView.class);
        screening.queue.select(GridKt._findAll(screening.queue).stream()
                .filter(r -> r.reference().equals(submitted.reference())).findFirst().orElseThrow());
        _click(screening.accept);
        assertThat(GridKt._findAll(screening.queue)).extracting(ReferralSummary::reference)
                .doesNotContain(submitted.reference());

        Long meetingId = referrals.page(submitted.reference()).discussions().get(0).meetingId();
        navigate("marac/meetings/" + meetingId);
        ActionEntry action = _get(MeetingView.class).entries.stream()
                .filter(e -> e.item.referral().reference().equals(submitted.reference())).findFirst().orElseThrow()
                .actionEntry;
        _setValue(action.agency(), action.agency().getListDataView().getItems()
                .filter(a -> a.getCode().equals("KENT_POLICE")).findFirst().orElseThrow());
        _setValue(action.description(), "Visit the family with housing");
        _setValue(action.dueDate(), java.time.LocalDate.now().plusDays(5));
        _click(action.addButton());
        navigate("marac/cases/" + submitted.reference());
        ActionsGrid caseActions = _get(MaracCaseView.class).actions;
        assertThat(GridKt._getFormatted(caseActions, 0, "agency")).as("the agency by name").isEqualTo("Kent Police");
        assertThat(GridKt._getFormatted(caseActions, 0, "status")).as("the status by its label").isEqualTo("Open");
        navigate("marac/meetings/" + meetingId);
        MeetingView meeting = _get(MeetingView.class);
        MeetingView.CaseEntry entry = meeting.entries.stream()
                .filter(e -> e.item.referral().reference().equals(submitted.reference())).findFirst().orElseThrow();
        entry.decision.setValue(CaseDecision.CLOSE);
        _click(entry.decide);
        assertThat(entry.note.isInvalid()).as("closing needs a reason").isTrue();

        entry.note.setValue("Moved out of the district");
        _click(entry.decide);

        assertThat(referrals.page(submitted.reference()).summary().status()).isEqualTo(ReferralStatus.CLOSED);
        MeetingView redrawn = _get(MeetingView.class);
        assertThat(redrawn.entries.stream().filter(e -> e.item.referral().reference().equals(submitted.reference()))
                .findFirst().orElseThrow().item.decision()).isEqualTo(CaseDecision.CLOSE);
        assertThat(redrawn.pack.getHref()).isNotBlank();
    }

    private List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @DisplayName("Naming someone already on the list warns, with a link to the first referral")
    void namingSomeoneOnTheListWarnsAndLinksTheFirst() {
        ReferralSummary first = fixtures.accepted("Listed Person");
        login("police", Role.PARTNER, Role.MARAC_MEMBER);
        ReferralFormView form = navigate(ReferralFormView.class);
        assertThat(form.earlierReferrals.isVisible()).isFalse();

        form.personName.setValue("Listed Person " + fixtures.suffix);

        assertThat(form.earlierReferrals.isVisible()).isTrue();
        assertThat(form.earlierReferrals.getElement().getTextRecursively())
                .contains("Listed Person " + fixtures.suffix, "is already referred (On the MARAC list): "
                        + first.reference());
        assertThat(_get(form.earlierReferrals, com.vaadin.flow.component.html.Anchor.class).getHref())
                .isEqualTo("marac/cases/" + first.reference());
        assertThat(form.earlierReferrals.getElement().getAttribute("role")).isEqualTo("status");

        form.personName.setValue("Nobody Listed " + fixtures.suffix);
        assertThat(form.earlierReferrals.isVisible()).isFalse();
    }
}
