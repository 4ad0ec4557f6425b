package org.csucasework.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The reference data as seeded, and the rules the service enforces on administrators' edits. The test database is
 * shared and not reset, so every record these tests create has a unique code and seeded records are never changed.
 */
@IntegrationTest
class ReferenceDataServiceTest {

    @Autowired
    ReferenceDataService referenceData;

    @Test
    void theSeedLoadedTheTwentySixWardsOfTheDistrictWithTheirOnsCodes() {
        List<CSVRecord> seed = seedRows("wards.csv");
        assertThat(seed).hasSize(26);
        Map<String, String> stored = referenceData.list(ReferenceType.WARDS).stream()
                .collect(Collectors.toMap(Ward::getOnsCode, Ward::getName));
        seed.forEach(row -> assertThat(stored).containsEntry(row.get("ons_code"), row.get("name")));
        assertThat(referenceData.findByCode(ReferenceType.WARDS, "E05005008")).get()
                .extracting(Ward::getName).isEqualTo("Ash");
    }

    @Test
    void theSeedLoadedTheNineteenPartnerAgencies() {
        List<CSVRecord> seed = seedRows("agencies.csv");
        assertThat(seed).hasSize(19);
        Map<String, Agency> stored = byCode(referenceData.list(ReferenceType.AGENCIES), Agency::getCode);
        seed.forEach(row -> {
            Agency agency = stored.get(row.get("code"));
            assertThat(agency).as(row.get("code")).isNotNull();
            assertThat(agency.getName()).isEqualTo(row.get("name"));
            assertThat(agency.isAttendsDailyTasking()).isEqualTo(Boolean.parseBoolean(row.get("attends_daily_tasking")));
        });
        assertThat(referenceData.agency("KENT_POLICE")).get().extracting(Agency::getName).isEqualTo("Kent Police");
    }

    @Test
    void theSeedLoadedTheCategoriesWithTheirGroups() {
        List<CSVRecord> seed = seedRows("categories.csv");
        Map<String, Category> stored = byCode(referenceData.list(ReferenceType.CATEGORIES), Category::getCode);
        seed.forEach(row -> {
            Category category = stored.get(row.get("code"));
            assertThat(category).as(row.get("code")).isNotNull();
            assertThat(category.getGroup()).isEqualTo(row.get("group"));
            assertThat(category.getHomeOfficeAsbType()).isEqualTo(row.get("home_office_asb_type"));
        });
        assertThat(stored.get("NOIDOG").getGroup()).isEqualTo("NOISE");
        assertThat(stored.get("ASB_HATE").getGroup()).isEqualTo("ASB");
        assertThat(seed.stream().map(row -> row.get("group")).distinct())
                .contains("ASB", "NOISE", "ENVIRONMENTAL_HEALTH");
    }

    @Test
    void theSeedLoadedSevenMaracCriteriaSixPriorityCriteriaSixLadderStagesAndEightOutcomes() {
        assertSeeded(ReferenceType.MARAC_CRITERIA, "marac-criteria.csv", 7);
        assertSeeded(ReferenceType.PRIORITY_CRITERIA, "priority-criteria.csv", 6);
        assertSeeded(ReferenceType.ESCALATION_LADDER, "escalation-ladder.csv", 6);
        assertSeeded(ReferenceType.OUTCOMES, "outcomes.csv", 8);

        assertThat(referenceData.findByCode(ReferenceType.PRIORITY_CRITERIA, "HARM")).get()
                .extracting(PriorityCriterion::allowedScoreValues).isEqualTo(List.of(0, 1, 3, 5));
        EscalationStage aba = referenceData.findByCode(ReferenceType.ESCALATION_LADDER, "ABA").orElseThrow();
        assertThat(aba.getStageOrder()).isEqualTo(2);
        assertThat(aba.getDefaultDurationDays()).isEqualTo(183);
        assertThat(referenceData.findByCode(ReferenceType.OUTCOMES, "NO_FURTHER_ACTION")).get()
                .extracting(Outcome::isNeedsReason).isEqualTo(true);
    }

    @Test
    void theSeedLoadedTheDistrictWithItsPopulationAndTheMonthItsStrategicYearStarts() {
        District district = referenceData.district();
        assertThat(district.getName()).isEqualTo("Sevenoaks District");
        assertThat(district.getPopulation()).isEqualTo(120800);
        assertThat(district.getPopulationYear()).isEqualTo(2019);
        assertThat(district.getStrategicPeriodStartMonth()).isEqualTo(10);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aDuplicateAgencyCodeIsRefusedAtTheCodeFieldAndNothingIsSaved() {
        String name = "Duplicate of Kent Police " + suffix();
        long before = referenceData.count(ReferenceType.AGENCIES);

        assertThatThrownBy(() -> referenceData.save(ReferenceType.AGENCIES, new Agency("KENT_POLICE", name, false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("code", "The code KENT_POLICE is already used")));

        assertThat(referenceData.count(ReferenceType.AGENCIES)).isEqualTo(before);
        assertThat(referenceData.list(ReferenceType.AGENCIES)).extracting(Agency::getName).doesNotContain(name);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aDuplicateWardOnsCodeIsRefusedAtTheOnsCodeFieldAndNothingIsSaved() {
        String name = "Second Ash " + suffix();

        assertThatThrownBy(() -> referenceData.save(ReferenceType.WARDS, new Ward("E05005008", name)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("onsCode"));

        assertThat(referenceData.list(ReferenceType.WARDS)).extracting(Ward::getName).doesNotContain(name);
        assertThat(referenceData.findByCode(ReferenceType.WARDS, "E05005008")).get()
                .extracting(Ward::getName).isEqualTo("Ash");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aBlankNameIsRefusedAtTheNameField() {
        String code = uniqueCode();

        assertThatThrownBy(() -> referenceData.save(ReferenceType.AGENCIES, new Agency(code, "   ", false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("name", "Enter the agency's name")));

        assertThat(referenceData.agency(code)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anOnsCodeThatIsNotAWardCodeIsRefusedAtTheOnsCodeField() {
        assertThatThrownBy(() -> referenceData.save(ReferenceType.WARDS, new Ward("E0500500", "Too short")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("onsCode", "An ONS ward code looks like E05005008")));
        assertThatThrownBy(() -> referenceData.save(ReferenceType.WARDS, new Ward("X05005999", "Not a nation")))
                .isInstanceOf(ValidationException.class);

        assertThat(referenceData.findByCode(ReferenceType.WARDS, "E0500500")).isEmpty();
        assertThat(referenceData.findByCode(ReferenceType.WARDS, "X05005999")).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void everyBrokenRuleIsReportedAtOnceEachAtItsField() {
        EscalationStage stage = new EscalationStage(0, "not a code", "", true, 0, null);

        assertThatThrownBy(() -> referenceData.save(ReferenceType.ESCALATION_LADDER, stage))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("stageOrder", "code", "label", "defaultDurationDays"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void savingARecordSomeoneElseChangedMeanwhileIsAConflictAndKeepsTheirChange() {
        String code = uniqueCode();
        referenceData.save(ReferenceType.AGENCIES, new Agency(code, "Original name", false));
        Agency mine = referenceData.agency(code).orElseThrow();
        Agency theirs = referenceData.agency(code).orElseThrow();
        theirs.setName("Their name");
        referenceData.save(ReferenceType.AGENCIES, theirs);

        mine.setName("My name");
        assertThatThrownBy(() -> referenceData.save(ReferenceType.AGENCIES, mine))
                .isInstanceOf(ConflictException.class);

        assertThat(referenceData.agency(code)).get().extracting(Agency::getName).isEqualTo("Their name");
    }

    @Test
    @WithMockUser(username = "caseworker", roles = "CASEWORKER")
    void aCaseworkerMayNotChangeReferenceData() {
        String code = uniqueCode();

        assertThatThrownBy(() -> referenceData.save(ReferenceType.AGENCIES, new Agency(code, "Not allowed", false)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(referenceData.agency(code)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aValidNewRecordAndThenAnEditToItAreSaved() {
        String code = uniqueCode();
        Agency created = referenceData.save(ReferenceType.AGENCIES, new Agency(code, "Parish Council", false));
        assertThat(created.getId()).isNotNull();

        Agency edit = referenceData.agency(code).orElseThrow();
        edit.setName("Parish Council (Edenbridge)");
        edit.setAttendsDailyTasking(true);
        edit.setActive(false);
        referenceData.save(ReferenceType.AGENCIES, edit);

        Agency stored = referenceData.agency(code).orElseThrow();
        assertThat(stored.getName()).isEqualTo("Parish Council (Edenbridge)");
        assertThat(stored.isAttendsDailyTasking()).isTrue();
        assertThat(stored.isActive()).isFalse();
        assertThat(stored.getVersion()).isEqualTo(created.getVersion() + 1);
        assertThat(referenceData.activeAgencies()).extracting(Agency::getCode).doesNotContain(code);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aNewWardWithItsOwnOnsCodeIsSaved() {
        String onsCode = "W0" + String.format("%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));

        referenceData.save(ReferenceType.WARDS, new Ward(onsCode, "Test ward " + onsCode));

        assertThat(referenceData.findByCode(ReferenceType.WARDS, onsCode)).get()
                .extracting(Ward::getName).isEqualTo("Test ward " + onsCode);
    }

    @Test
    void aCopyForEditingCarriesIdentityAndValuesAndLeavesTheOriginalAlone() {
        Agency original = referenceData.agency("KENT_POLICE").orElseThrow();

        Agency copy = ReferenceType.AGENCIES.copyOf(original);
        copy.setName("Changed in a form");

        assertThat(copy.getId()).isEqualTo(original.getId());
        assertThat(copy.getVersion()).isEqualTo(original.getVersion());
        assertThat(copy.getCode()).isEqualTo("KENT_POLICE");
        assertThat(copy.isAttendsDailyTasking()).isEqualTo(original.isAttendsDailyTasking());
        assertThat(original.getName()).isEqualTo("Kent Police");
    }

    private <T extends ReferenceEntity> void assertSeeded(ReferenceType<T> type, String file, int expected) {
        List<CSVRecord> seed = seedRows(file);
        assertThat(seed).as(file).hasSize(expected);
        List<String> stored = referenceData.list(type).stream().map(ReferenceEntity::getCode).toList();
        assertThat(stored).containsAll(seed.stream().map(row -> row.get("code")).toList());
    }

    private static <T> Map<String, T> byCode(List<T> records, Function<T, String> code) {
        return records.stream().collect(Collectors.toMap(code, Function.identity()));
    }

    /** The rows of a seed file, read the way the seeder reads them (comment lines skipped). */
    private static List<CSVRecord> seedRows(String file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource("reference/" + file).getInputStream(),
                StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String uniqueCode() {
        return "TEST_" + suffix().toUpperCase();
    }
}
