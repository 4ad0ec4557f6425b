package org.csucasework.marac.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import org.csucasework.marac.MaracFixtures;
import org.csucasework.marac.MaracReferralService;
import org.csucasework.marac.ReferralSummary;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The Community MARAC API ({@code /api/marac/**}) through the whole filter chain with HTTP Basic: a non-member cannot
 * list, open or download anything of the MARAC, and learns nothing from trying (404, empty lists); members can.
 */
@IntegrationTest
class MaracApiTests extends ApiTestBase {

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    MaracReferralService referrals;

    private MaracFixtures fixtures;
    private ReferralSummary accepted;
    private Long meetingId;

    @BeforeEach
    void aCaseOnTheList() {
        fixtures = new MaracFixtures(userDetailsService, referrals);
        accepted = fixtures.accepted("Api Case");
        meetingId = referrals.page(accepted.reference()).discussions().get(0).meetingId();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("A non-member lists nothing, and a case, a meeting or a pack is 'not found' for them")
    void aNonMemberGetsNothing() throws Exception {
        for (String outsider : List.of("housing", "caseworker", "analyst", "admin")) {
            ApiTestClient.Response list = api.get(outsider, "/api/marac/referrals");
            assertThat(list.status()).as(outsider).isEqualTo(200);
            assertThat(list.body().findValuesAsText("reference")).as(outsider).doesNotContain(accepted.reference());
            assertThat(api.get(outsider, "/api/marac/meetings").body()).as(outsider).isEmpty();

            ApiTestClient.Response one = api.get(outsider, "/api/marac/referrals/" + accepted.reference());
            assertThat(one.status()).as(outsider).isEqualTo(404);
            assertThat(one.contentType()).startsWith("application/problem+json");
            assertThat(api.get(outsider, "/api/marac/meetings/" + meetingId).status()).as(outsider).isEqualTo(404);
            assertThat(pack(outsider).getStatus()).as(outsider).isEqualTo(404);
            assertThat(api.get(outsider, "/api/marac/referrals/MARAC-1999-9999").status())
                    .as("the same answer for a case that does not exist").isEqualTo(404);
        }
    }

    @Test
    @DisplayName("A member lists the cases, opens one and its meeting, and downloads the meeting pack")
    void aMemberSeesTheCaseAndThePack() throws Exception {
        ApiTestClient.Response list = api.get("police", "/api/marac/referrals?status=ON_LIST");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().findValuesAsText("reference")).contains(accepted.reference());
        assertThat(list.body().findValuesAsText("status")).containsOnly("ON_LIST");

        ApiTestClient.Response one = api.get("police", "/api/marac/referrals/" + accepted.reference());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.text("/summary/subjectLabel")).isEqualTo("Api Case " + fixtures.suffix);

        ApiTestClient.Response meeting = api.get("police", "/api/marac/meetings/" + meetingId);
        assertThat(meeting.status()).isEqualTo(200);
        assertThat(meeting.at("/agenda").findValuesAsText("reference")).contains(accepted.reference());

        MockHttpServletResponse pdf = pack("police");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    @DisplayName("A referral without a subject or a criterion is refused with RFC 7807 errors at those fields")
    void badReferralIsRefusedAtTheFields() {
        ApiTestClient.Response response = api.post("housing", "/api/marac/referrals", Map.of(
                "riskSummary", "Frightened to go out", "lawfulBasis", "CONSENT"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.at("/errors").findValuesAsText("field")).containsExactlyInAnyOrder("personName",
                "criteria");

        ApiTestClient.Response created = api.post("housing", "/api/marac/referrals", Map.of(
                "personName", "Api Referred " + fixtures.suffix, "criteria", List.of("HATE"),
                "riskSummary", "Frightened to go out", "lawfulBasis", "CONSENT"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.location()).startsWith("/api/marac/referrals/MARAC-");
        assertThat(api.get("housing", created.location()).status()).as("the referrer sees their own").isEqualTo(200);
        assertThat(api.get("caseworker", created.location()).status()).as("another non-member does not")
                .isEqualTo(404);
    }

    private MockHttpServletResponse pack(String user) throws Exception {
        return mvc.perform(get("/api/marac/meetings/" + meetingId + "/pack.pdf")
                .with(httpBasic(user, ApiTestClient.PASSWORD))).andReturn().getResponse();
    }

    @Test
    @DisplayName("A referral posted for someone already on the list answers with the earlier referral")
    void aSecondReferralAnswersWithTheFirst() {
        fixtures.runAs("police");
        Long personId = referrals.draftOf(accepted.reference()).getPersonId();
        SecurityContextHolder.clearContext();
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("subjectKind", "PERSON");
        body.put("personId", personId);
        body.put("personName", "Api Case " + fixtures.suffix);
        body.put("criteria", List.of("PERSISTENT_OFFENDER"));
        body.put("riskSummary", "Seen again at the station, threatening staff.");
        body.put("lawfulBasis", "CRIME_AND_DISORDER_ACT_S115");

        ApiTestClient.Response created = api.post("police", "/api/marac/referrals", body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("earlierReferrals").get(0).path("reference").asText())
                .isEqualTo(accepted.reference());
        assertThat(created.body().path("earlierReferrals").get(0).path("samePerson").asBoolean()).isTrue();
        assertThat(created.body().path("earlierReferrals").get(0).path("status").asText()).isEqualTo("ON_LIST");
    }
}
