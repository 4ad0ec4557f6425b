package org.csucasework.reference.internal;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.csucasework.reference.Agency;
import org.csucasework.reference.BankHoliday;
import org.csucasework.reference.Category;
import org.csucasework.reference.District;
import org.csucasework.reference.EscalationStage;
import org.csucasework.reference.MaracCriterion;
import org.csucasework.reference.Outcome;
import org.csucasework.reference.PoliceCrimeCategory;
import org.csucasework.reference.PriorityCriterion;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceEntity;
import org.csucasework.reference.ReferenceType;
import org.csucasework.reference.RiskLevel;
import org.csucasework.reference.RiskQuestion;
import org.csucasework.reference.Ward;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills each empty reference table from the CSV files in {@code classpath:reference/} (copied from the partnership's
 * reference pack). Runs in every profile, production included: a case system without wards or categories is unusable.
 * A table that already has rows is left alone, so an administrator's edits survive restarts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
public class ReferenceDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataSeeder.class);

    private final EntityManager entityManager;
    private final ReferenceDataService referenceData;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        seed(ReferenceType.DISTRICT, "district.csv", r -> {
            District d = new District();
            d.setName(r.get("name"));
            d.setCounty(r.get("county"));
            d.setPopulation(Integer.valueOf(r.get("population")));
            d.setPopulationYear(Integer.valueOf(r.get("population_year")));
            d.setStrategicPeriodStartMonth(Integer.valueOf(r.get("strategic_period_start_month")));
            return d;
        });
        seed(ReferenceType.WARDS, "wards.csv", r -> new Ward(r.get("ons_code"), r.get("name")));
        seed(ReferenceType.AGENCIES, "agencies.csv",
                r -> new Agency(r.get("code"), r.get("name"), Boolean.parseBoolean(r.get("attends_daily_tasking"))));
        seed(ReferenceType.CATEGORIES, "categories.csv",
                r -> new Category(r.get("code"), r.get("name"), r.get("group"), r.get("home_office_asb_type")));
        seed(ReferenceType.MARAC_CRITERIA, "marac-criteria.csv", r -> new MaracCriterion(r.get("code"), r.get("label")));
        seed(ReferenceType.PRIORITY_CRITERIA, "priority-criteria.csv",
                r -> new PriorityCriterion(r.get("code"), r.get("label"), r.get("allowed_scores")));
        seed(ReferenceType.ESCALATION_LADDER, "escalation-ladder.csv", r -> new EscalationStage(
                Integer.parseInt(r.get("stage")), r.get("code"), r.get("label"),
                Boolean.parseBoolean(r.get("needs_supervisor_approval")),
                r.get("default_duration_days").isBlank() ? null : Integer.valueOf(r.get("default_duration_days")),
                r.get("notes")));
        seed(ReferenceType.OUTCOMES, "outcomes.csv",
                r -> new Outcome(r.get("code"), r.get("label"), Boolean.parseBoolean(r.get("needs_reason"))));
        seed(ReferenceType.POLICE_CRIME_CATEGORIES, "police-crime-categories.csv",
                r -> new PoliceCrimeCategory(r.get("code"), r.get("name"), Boolean.parseBoolean(r.get("victim_based"))));
        seed(ReferenceType.RISK_QUESTIONS, "risk-questions.csv", r -> new RiskQuestion(r.get("code"),
                r.get("question"), Integer.parseInt(r.get("weight")), Boolean.parseBoolean(r.get("automatic_high"))));
        seed(ReferenceType.RISK_LEVELS, "risk-levels.csv",
                r -> new RiskLevel(r.get("level"), Integer.parseInt(r.get("min_score")), r.get("meaning")));
        seed(ReferenceType.BANK_HOLIDAYS, "bank-holidays.csv",
                r -> new BankHoliday(java.time.LocalDate.parse(r.get("day")), r.get("name")));
    }

    private <T extends ReferenceEntity> void seed(ReferenceType<T> type, String file, Function<CSVRecord, T> mapper) {
        if (referenceData.count(type) > 0) {
            return;
        }
        List<CSVRecord> records = read(file);
        records.forEach(r -> entityManager.persist(mapper.apply(r)));
        log.info("Seeded {} {} from reference/{}", records.size(), type.label().toLowerCase(), file);
    }

    private static List<CSVRecord> read(String file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource("reference/" + file).getInputStream(),
                StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference/" + file, e);
        }
    }
}
