package org.csucasework.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * People named on reports are never merged silently (issue 16, decision 0020): a name without a chosen record makes a
 * new record, the records that may be the same person are offered ({@code possibleMatches}, flag
 * {@code POSSIBLE_PERSON_MATCH}), and nothing from the new report is copied onto another record. On PostgreSQL.
 */
@IntegrationTest
class PersonMatchingIntegrationTests extends ApiTestBase {

    @Autowired
    PeopleService people;

    @Test
    void twoJohnSmithsWithoutDatesOfBirthAreTwoPeopleAndTheSecondReportOffersTheFirstAsAMatch() {
        String name = "John Smith " + TestReport.unique();
        Response first = log(TestReport.anonymousAt(TestReport.newPlace())
                .with("anonymous", false).with("reporter", Map.of("name", name, "phone", "07700 900111",
                        "address", "1 Acacia Avenue, Sevenoaks")));
        Response second = log(TestReport.anonymousAt(TestReport.newPlace())
                .with("anonymous", false).with("reporter", Map.of("name", name, "phone", "07700 900222",
                        "address", "99 Other Road, Edenbridge")));

        long firstPerson = first.at("/people/reporter").asLong();
        long secondPerson = second.at("/people/reporter").asLong();
        assertThat(secondPerson).isNotEqualTo(firstPerson);
        assertThat(texts(second.at("/flags"))).contains("POSSIBLE_PERSON_MATCH");
        JsonNode offer = offerOf(second, firstPerson);
        assertThat(offer).as("possibleMatches in %s", second).isNotNull();
        assertThat(offer.path("name").asText()).isEqualTo(name);
        assertThat(texts(offer.path("reasons"))).contains("same name");
        assertThat(texts(offer.path("differences"))).contains("different phone", "different address");
        assertThat(offer.path("field").asText()).isEqualTo("reporter");

        Person firstRecord = signedIn.as("caseworker", () -> people.person(firstPerson)).orElseThrow();
        assertThat(firstRecord.getPhone()).isEqualTo("07700 900111");
        assertThat(firstRecord.getAddress()).isEqualTo("1 Acacia Avenue, Sevenoaks");
    }

    @Test
    void aSecondReportAboutTheSamePersonIsARepeatOnlyWhenTheRecordIsChosen() {
        String name = TestReport.newPerson();
        Response first = log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(30)
                .subject("ALLEGED_PERPETRATOR", name));
        long person = first.at("/people/subjects/0").asLong();

        Response typedAgain = log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(20)
                .subject("ALLEGED_PERPETRATOR", name));
        Response chosen = log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(10)
                .subjectOnRecord("ALLEGED_PERPETRATOR", person));

        assertThat(texts(typedAgain.at("/flags"))).contains("POSSIBLE_PERSON_MATCH").doesNotContain("REPEAT_PERSON");
        assertThat(offerOf(typedAgain, person)).isNotNull();
        assertThat(chosen.at("/people/subjects/0").asLong()).isEqualTo(person);
        assertThat(texts(chosen.at("/flags"))).contains("REPEAT_PERSON").doesNotContain("POSSIBLE_PERSON_MATCH");
    }

    @Test
    void aSpellingVariantIsOfferedAsASimilarNameAndADifferentDateOfBirthIsNotOfferedAtAll() {
        String suffix = TestReport.unique();
        Response first = log(TestReport.anonymousAt(TestReport.newPlace()).with("subjects",
                List.of(Map.of("role", "VICTIM", "name", "John Smith " + suffix, "dateOfBirth", "1980-03-04"))));
        long person = first.at("/people/subjects/0").asLong();

        Response variant = log(TestReport.anonymousAt(TestReport.newPlace()).with("subjects",
                List.of(Map.of("role", "VICTIM", "name", "Jon Smyth " + suffix, "dateOfBirth", "1980-03-04"))));
        Response otherBirthDate = log(TestReport.anonymousAt(TestReport.newPlace()).with("subjects",
                List.of(Map.of("role", "VICTIM", "name", "John Smith " + suffix, "dateOfBirth", "1999-12-31"))));

        JsonNode offer = offerOf(variant, person);
        assertThat(offer).as("possibleMatches in %s", variant).isNotNull();
        assertThat(texts(offer.path("reasons"))).contains("similar name", "same date of birth");
        assertThat(offerOf(otherBirthDate, person)).isNull();
    }

    @Test
    void aPartnerIsNotShownPeopleOnRecordButTheReportIsFlaggedForTheCsu() {
        String name = TestReport.newPerson();
        log(TestReport.anonymousAt(TestReport.newPlace()).subject("WITNESS", name));

        Response byPartner = api.logReport("police", TestReport.anonymousAt(TestReport.newPlace())
                .with("sourceAgencyCode", "KENT_POLICE").subject("WITNESS", name).body());

        assertThat(texts(byPartner.at("/flags"))).contains("POSSIBLE_PERSON_MATCH");
        assertThat(byPartner.at("/possibleMatches").size()).isZero();
    }

    @Test
    void personSearchFindsAnyPartOfTheName() {
        String surname = "Q" + TestReport.unique();
        log(TestReport.anonymousAt(TestReport.newPlace()).subject("WITNESS", "Annabel " + surname));

        List<Person> found = signedIn.as("caseworker", () -> people.suggestPeople(surname.substring(2)));

        assertThat(found).extracting(Person::getFullName).contains("Annabel " + surname);
    }

    private Response log(TestReport report) {
        return api.logReport("caseworker", report.body());
    }

    private static JsonNode offerOf(Response response, long personId) {
        for (JsonNode offer : response.at("/possibleMatches")) {
            if (offer.path("personId").asLong() == personId) {
                return offer;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
