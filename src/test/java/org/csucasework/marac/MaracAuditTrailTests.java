package org.csucasework.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 8 for the Community MARAC, on the real PostgreSQL database: opening a case or a meeting, downloading the
 * meeting pack and every change are in the audit trail under the user who did it, by reference or id and never with
 * the free text typed (which may name people); attempts by non-members are recorded refusals.
 */
@IntegrationTest
class MaracAuditTrailTests extends ApiTestBase {

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    MaracReferralService referrals;
    @Autowired
    MaracMeetingService meetings;
    @Autowired
    JdbcTemplate jdbc;

    private MaracFixtures fixtures;
    private Timestamp start;

    @BeforeEach
    void initialise() {
        fixtures = new MaracFixtures(userDetailsService, referrals);
        // Timestamps come from the application's clock; a second of slack covers the database's rounding.
        start = Timestamp.from(Instant.now().minusSeconds(1));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("A member opening a case and its meeting is recorded as a view of each")
    void openingACaseAndAMeetingAreViews() {
        ReferralSummary accepted = fixtures.accepted("Audit Viewed");
        Long meetingId = meetingOf(accepted);
        SecurityContextHolder.clearContext();

        assertThat(api.get("police", "/api/marac/referrals/" + accepted.reference()).status()).isEqualTo(200);
        assertThat(api.get("police", "/api/marac/meetings/" + meetingId).status()).isEqualTo(200);

        assertThat(rows("MARAC_REFERRAL", accepted.reference())).contains(List.of("police", "VIEW", ""));
        assertThat(rows("MARAC_MEETING", meetingId.toString())).contains(List.of("police", "VIEW", ""));
    }

    @Test
    @DisplayName("Downloading the meeting pack is an export of the meeting and of every case in it")
    void downloadingThePackIsAnExportOfTheMeetingAndItsCases() throws Exception {
        ReferralSummary accepted = fixtures.accepted("Audit Pack");
        Long meetingId = meetingOf(accepted);
        SecurityContextHolder.clearContext();

        assertThat(mvc.perform(get("/api/marac/meetings/" + meetingId + "/pack.pdf")
                .with(httpBasic("police", ApiTestClient.PASSWORD))).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        assertThat(rows("MARAC_MEETING", meetingId.toString()))
                .contains(List.of("police", "EXPORT", "Meeting pack (PDF)"));
        assertThat(rows("MARAC_REFERRAL", accepted.reference()))
                .contains(List.of("police", "EXPORT", "In the pack of meeting " + meetingId));
    }

    @Test
    @DisplayName("Every change, from the draft to the meeting's decision, is recorded with its kind and not its text")
    void everyChangeIsRecordedByWhoMadeIt() {
        fixtures.runAs("police");
        ReferralDraft draft = fixtures.draft("Audit Changed");
        ReferralSummary saved = referrals.saveDraft(draft);
        ReferralDraft again = referrals.draftOf(saved.reference());
        String reference = referrals.submit(again).reference();
        fixtures.runAs("supervisor");
        referrals.accept(reference, "Meets the criteria");
        Long meetingId = meetingOf(referrals.summary(reference));
        meetings.decide(meetingId, reference, CaseDecision.CLOSE, "Moved out of the area " + fixtures.suffix);

        assertThat(rows("MARAC_REFERRAL", reference)).containsSubsequence(
                List.of("police", "CREATE", ""),
                List.of("police", "CHANGE", "DRAFT_SAVED"),
                List.of("police", "VIEW", ""),
                List.of("police", "CHANGE", "SUBMITTED"),
                List.of("supervisor", "CHANGE", "ACCEPTED for the meeting on "
                        + referrals.page(reference).discussions().get(0).meetingDate()),
                List.of("supervisor", "CHANGE", "DECIDED CLOSE at meeting " + meetingId));
        assertThat(jdbc.queryForList("select coalesce(reason, '') from audit_event where occurred_at >= ?",
                String.class, start)).as("the free text typed stays out of the trail")
                .noneMatch(reason -> reason.contains(fixtures.suffix));
    }

    @Test
    @DisplayName("A non-member trying to open a case or a meeting gets 'not found', and the refusal is recorded")
    void aNonMembersAttemptsAreRecordedRefusals() {
        ReferralSummary accepted = fixtures.accepted("Audit Refused");
        Long meetingId = meetingOf(accepted);
        SecurityContextHolder.clearContext();

        assertThat(api.get("housing", "/api/marac/referrals/" + accepted.reference()).status()).isEqualTo(404);
        assertThat(api.get("housing", "/api/marac/meetings/" + meetingId).status()).isEqualTo(404);

        assertThat(rows("MARAC_REFERRAL", accepted.reference()))
                .contains(List.of("housing", "DENIED", "Not a MARAC member or the referrer"));
        assertThat(rows("MARAC_MEETING", meetingId.toString()))
                .contains(List.of("housing", "DENIED", "Not a MARAC member"));
        assertThat(rows("MARAC_REFERRAL", accepted.reference())).as("nothing was seen")
                .doesNotContain(List.of("housing", "VIEW", ""));
    }

    private Long meetingOf(ReferralSummary referral) {
        fixtures.runAs("supervisor");
        return referrals.page(referral.reference()).discussions().get(0).meetingId();
    }

    /** This test's rows about one record: user, action and reason, in the order written. */
    private List<List<String>> rows(String recordType, String recordRef) {
        return jdbc.query("select username, action, coalesce(reason, '') from audit_event where record_type = ? and "
                        + "record_ref = ? and occurred_at >= ? order by id",
                (row, i) -> List.of(row.getString(1), row.getString(2), row.getString(3)), recordType, recordRef,
                start);
    }
}
