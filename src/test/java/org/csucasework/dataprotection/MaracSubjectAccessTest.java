package org.csucasework.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.csucasework.actions.NewAction;
import org.csucasework.marac.CaseDecision;
import org.csucasework.marac.MaracFixtures;
import org.csucasework.marac.MaracMeetingService;
import org.csucasework.marac.MaracReferralService;
import org.csucasework.marac.MaracSubjectKind;
import org.csucasework.marac.ReferralDraft;
import org.csucasework.shared.Role;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.RunAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Subject access covers the Community MARAC: a family referred, accepted and discussed at a meeting appears in each
 * family member's export with its reference, status, criteria, dates, the meeting's decision and the action agreed,
 * and never with the other members' names or the risk summary written about them all.
 */
@IntegrationTest
class MaracSubjectAccessTest {

    private static final String RISK = "Threats to neighbours; the children are frightened at home.";

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    MaracReferralService referrals;
    @Autowired
    MaracMeetingService meetings;
    @Autowired
    SubjectAccessService subjectAccess;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper objectMapper;

    private MaracFixtures fixtures;
    private String reference;
    private String mainName;
    private String otherName;
    private Long mainId;
    private Long otherId;
    private LocalDate meetingDate;

    @BeforeEach
    void aFamilyDiscussedAtAMeeting() {
        fixtures = new MaracFixtures(userDetailsService, referrals);
        mainName = "Kim Referred " + fixtures.suffix;
        otherName = "Lee Sibling " + fixtures.suffix;
        fixtures.runAs("police");
        ReferralDraft draft = fixtures.draft("unused");
        draft.setSubjectKind(MaracSubjectKind.FAMILY);
        draft.setFamilyName("Referred " + fixtures.suffix);
        draft.setPersonName(mainName);
        draft.setOtherMembers(List.of(otherName));
        draft.setRiskSummary(RISK);
        reference = referrals.submit(draft).reference();
        fixtures.runAs("supervisor");
        referrals.accept(reference, "Meets the criteria");
        Long meetingId = referrals.page(reference).discussions().get(0).meetingId();
        meetingDate = referrals.page(reference).discussions().get(0).meetingDate();
        meetings.addAction(meetingId, reference, new NewAction("KENT_POLICE", "Visit the family with housing",
                LocalDate.now().plusDays(14), null));
        meetings.decide(meetingId, reference, CaseDecision.STAY_ON_LIST, "Review after the visit");
        SecurityContextHolder.clearContext();
        mainId = personAt(0);
        otherId = personAt(1);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("The JSON export lists the MARAC referral with its criteria, dates, decision and action, and no one else")
    void jsonExportHoldsTheReferral() throws IOException {
        byte[] json = RunAs.administrator(() -> subjectAccess.exportJson(mainId));

        JsonNode referral = objectMapper.readTree(json).at("/communityMaracReferrals/0");
        assertThat(referral.at("/reference").asText()).isEqualTo(reference);
        assertThat(referral.at("/status").asText()).isEqualTo("ON_LIST");
        assertThat(referral.at("/role").asText()).isEqualTo("MAIN_FAMILY_MEMBER");
        assertThat(referral.at("/criteria/0").asText()).isEqualTo("Persistent offenders of crime and disorder");
        assertThat(referral.at("/referrerAgency").asText()).isEqualTo("KENT_POLICE");
        assertThat(referral.at("/submittedAt").isNull()).isFalse();
        assertThat(referral.at("/acceptedAt").isNull()).isFalse();
        assertThat(referral.at("/decisions/0/meetingDate").asText()).isEqualTo(meetingDate.toString());
        assertThat(referral.at("/decisions/0/decision").asText()).isEqualTo("STAY_ON_LIST");
        assertThat(referral.at("/decisions/0/note").asText()).isEqualTo("Review after the visit");
        assertThat(referral.at("/actions/0/description").asText()).isEqualTo("Visit the family with housing");
        String whole = new String(json, StandardCharsets.UTF_8);
        assertThat(whole).doesNotContain(otherName, RISK);

        JsonNode others = objectMapper.readTree(RunAs.administrator(() -> subjectAccess.exportJson(otherId)));
        assertThat(others.at("/communityMaracReferrals/0/reference").asText()).isEqualTo(reference);
        assertThat(others.at("/communityMaracReferrals/0/role").asText()).isEqualTo("FAMILY_MEMBER");
        assertThat(others.toString()).doesNotContain(mainName);
    }

    @Test
    @DisplayName("The PDF export shows the MARAC referral, and the export is recorded with the number of referrals")
    void pdfExportShowsTheReferral() throws IOException {
        byte[] pdf = RunAs.user("supervisor", () -> subjectAccess.exportPdf(mainId), Role.SUPERVISOR);

        String text = squeezed(textOf(pdf));
        assertThat(text).contains(squeezed("Community MARAC referrals (1)"), squeezed("Referral " + reference),
                squeezed("Persistent offenders of crime and disorder"), squeezed("Status: On the MARAC list"),
                squeezed(UkDates.day(meetingDate) + ": Stay on the list: back at the next meeting:"
                        + " Review after the visit"),
                squeezed("Referred by (agency): Kent Police"),
                squeezed("Visit the family with housing"), squeezed(mainName));
        assertThat(text).as("the person reads names and UK dates, never a code or an ISO date")
                .doesNotContain("ON_LIST", "STAY_ON_LIST", "KENT_POLICE", meetingDate.toString());
        assertThat(text).doesNotContain(squeezed(otherName), squeezed(RISK));
        assertThat(jdbc.queryForList("select detail from data_protection_event where kind = 'SUBJECT_ACCESS_EXPORT'"
                + " and person_id = ?", String.class, mainId)).singleElement().asString()
                .contains("1 Community MARAC referrals");
    }

    private Long personAt(int position) {
        return jdbc.queryForObject("select rp.person_id from marac_referral_person rp join marac_referral r"
                + " on r.id = rp.referral_id where r.reference = ? and rp.position = ?", Long.class, reference,
                position);
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String textOf(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    @DisplayName("Erasure takes the person's name out of the MARAC referral's free text, its decision note and action")
    void erasureReachesTheMaracReferral() {
        String name = "Max Erased " + fixtures.suffix;
        fixtures.runAs("police");
        ReferralDraft draft = fixtures.draft("unused");
        draft.setPersonName(name);
        draft.setRiskSummary(name + " threatens the neighbours at night.");
        String erasedReference = referrals.submit(draft).reference();
        fixtures.runAs("supervisor");
        referrals.accept(erasedReference, "Meets the criteria for " + name);
        Long meetingId = referrals.page(erasedReference).discussions().get(0).meetingId();
        meetings.addAction(meetingId, erasedReference, new NewAction("KENT_POLICE", "Speak to " + name,
                LocalDate.now().plusDays(14), null));
        meetings.decide(meetingId, erasedReference, CaseDecision.STAY_ON_LIST, "Review " + name + " next month");
        SecurityContextHolder.clearContext();
        long version = RunAs.user("supervisor", () -> subjectAccess.findPeople(name), Role.SUPERVISOR).get(0).version();
        Long personId = RunAs.user("supervisor", () -> subjectAccess.findPeople(name), Role.SUPERVISOR).get(0).id();

        RunAs.user("supervisor", () -> {
            subjectAccess.erase(personId, version, "Erasure request agreed by the data protection officer");
            return null;
        }, Role.SUPERVISOR);

        String held = String.join(" | ", jdbc.queryForList("select concat_ws(' | ', r.risk_summary, r.screening_note,"
                + " a.decision_note) from marac_referral r join marac_agenda_item a on a.referral_id = r.id"
                + " where r.reference = ?", String.class, erasedReference))
                + String.join(" | ", jdbc.queryForList("select description from action where owner_kind ="
                + " 'COMMUNITY_MARAC' and owner_reference = ?", String.class, erasedReference));
        assertThat(held).doesNotContain(name).contains("[erased] threatens the neighbours", "Speak to [erased]",
                "Review [erased] next month");
    }
}
