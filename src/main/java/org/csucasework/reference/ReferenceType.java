package org.csucasework.reference;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.BeanUtils;

/**
 * Describes one kind of reference record so that listing, validation and editing can be written once.
 *
 * @param label         what an administrator calls the list
 * @param entityClass   the JPA entity
 * @param codeAttribute the entity attribute that must be unique (shown as the field in errors)
 * @param orderBy       the attribute the list is sorted by
 * @param factory       makes a new, empty record for the "add" button
 */
public record ReferenceType<T extends ReferenceEntity>(String label, Class<T> entityClass, String codeAttribute,
                                                       String orderBy, Supplier<T> factory) {

    public static final ReferenceType<District> DISTRICT =
            new ReferenceType<>("District", District.class, "name", "name", District::new);
    public static final ReferenceType<Ward> WARDS =
            new ReferenceType<>("Wards", Ward.class, "onsCode", "name", Ward::new);
    public static final ReferenceType<Agency> AGENCIES =
            new ReferenceType<>("Partner agencies", Agency.class, "code", "name", Agency::new);
    public static final ReferenceType<Category> CATEGORIES =
            new ReferenceType<>("Categories", Category.class, "code", "code", Category::new);
    public static final ReferenceType<MaracCriterion> MARAC_CRITERIA =
            new ReferenceType<>("Community MARAC criteria", MaracCriterion.class, "code", "code", MaracCriterion::new);
    public static final ReferenceType<PriorityCriterion> PRIORITY_CRITERIA =
            new ReferenceType<>("Priority criteria", PriorityCriterion.class, "code", "id", PriorityCriterion::new);
    public static final ReferenceType<EscalationStage> ESCALATION_LADDER =
            new ReferenceType<>("Escalation ladder", EscalationStage.class, "code", "stageOrder", EscalationStage::new);
    public static final ReferenceType<Outcome> OUTCOMES =
            new ReferenceType<>("Outcomes", Outcome.class, "code", "id", Outcome::new);
    public static final ReferenceType<PoliceCrimeCategory> POLICE_CRIME_CATEGORIES =
            new ReferenceType<>("Police crime categories", PoliceCrimeCategory.class, "code", "id", PoliceCrimeCategory::new);

    public static final ReferenceType<RiskQuestion> RISK_QUESTIONS =
            new ReferenceType<>("Victim risk questions", RiskQuestion.class, "code", "id", RiskQuestion::new);
    public static final ReferenceType<RiskLevel> RISK_LEVELS =
            new ReferenceType<>("Victim risk levels", RiskLevel.class, "level", "minScore", RiskLevel::new);

    public static final ReferenceType<BankHoliday> BANK_HOLIDAYS =
            new ReferenceType<>("Bank holidays", BankHoliday.class, "day", "day", BankHoliday::new);

    /**
     * A detached copy of a record, id and version included. A form edits copies so that a save the service refuses
     * (or that rolls back after the service touched the object) never changes the record other screens still show.
     */
    public T copyOf(T record) {
        T copy = factory.get();
        BeanUtils.copyProperties(record, copy);
        copy.copyIdentityFrom(record);
        return copy;
    }

    public static List<ReferenceType<?>> all() {
        return List.of(DISTRICT, WARDS, AGENCIES, CATEGORIES, MARAC_CRITERIA, PRIORITY_CRITERIA, ESCALATION_LADDER,
                OUTCOMES, POLICE_CRIME_CATEGORIES, RISK_QUESTIONS, RISK_LEVELS, BANK_HOLIDAYS);
    }
}
