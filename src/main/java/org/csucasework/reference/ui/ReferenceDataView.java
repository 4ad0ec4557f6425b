package org.csucasework.reference.ui;

import static org.csucasework.reference.ui.ReferenceField.date;
import static org.csucasework.reference.ui.ReferenceField.longText;
import static org.csucasework.reference.ui.ReferenceField.text;
import static org.csucasework.reference.ui.ReferenceField.wholeNumber;
import static org.csucasework.reference.ui.ReferenceField.yesNo;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceEntity;
import org.csucasework.reference.ReferenceFieldLimits;
import org.csucasework.reference.BankHoliday;
import org.csucasework.reference.ReferenceType;
import org.csucasework.reference.RiskQuestion;
import org.csucasework.shared.Role;

/**
 * Where administrators keep the partnership's reference data: one tab per kind, each a {@link ReferenceEditor}
 * configured with the fields of that kind. Field labels here are what administrators see; property names are the
 * entities' (the service reports errors under them).
 */
@Route("admin/reference-data")
@PageTitle("Reference data | CSU Casework")
@Menu(title = "Reference data", order = 91, icon = "vaadin:database")
@RolesAllowed(Role.ADMIN_NAME)
public class ReferenceDataView extends VerticalLayout {

    private static final int WARD_NAME = 120;
    private static final int DISTRICT_NAME = 120;
    private static final String CODE_HELP = "Capital letters, digits and underscores";

    private final ReferenceDataService referenceData;
    private final TabSheet tabs = new TabSheet();

    public ReferenceDataView(ReferenceDataService referenceData) {
        this.referenceData = referenceData;
        add(new H1("Reference data"));
        add(new Paragraph("The lists every case and report draws on. Codes are unique within a list. An entry that is "
                + "no longer used is made inactive rather than removed, so that older cases keep it."));
        tabs.setWidthFull();
        add(tabs);

        tabs.add(ReferenceType.DISTRICT.label(), ReferenceEditor.forSingleRecord(referenceData, ReferenceType.DISTRICT,
                "district", List.of(
                        text("name", "Name", DISTRICT_NAME),
                        text("county", "County", DISTRICT_NAME),
                        wholeNumber("population", "Population")
                                .withHelper("Mid-year estimate: the figures give rates per 1,000 residents"),
                        wholeNumber("populationYear", "Population year"),
                        wholeNumber("strategicPeriodStartMonth", "Strategic year starts in month")
                                .withHelper("1 = January … 12 = December"))));
        list(ReferenceType.WARDS, "ward",
                text("onsCode", "ONS code", ReferenceFieldLimits.ONS_CODE).withHelper("For example E05005008"),
                text("name", "Name", WARD_NAME),
                yesNo("active", "Active"));
        list(ReferenceType.AGENCIES, "agency",
                code(),
                text("name", "Name", ReferenceFieldLimits.NAME),
                yesNo("attendsDailyTasking", "Attends daily tasking"),
                yesNo("active", "Active"));
        list(ReferenceType.CATEGORIES, "category",
                code(),
                text("name", "Name", ReferenceFieldLimits.NAME),
                text("group", "Group", ReferenceFieldLimits.CODE).withHelper("For example ASB, NOISE"),
                text("homeOfficeAsbType", "Home Office ASB type", 20)
                        .withHelper("PERSONAL, NUISANCE or ENVIRONMENTAL"),
                yesNo("active", "Active"));
        list(ReferenceType.MARAC_CRITERIA, "criterion",
                code(),
                longText("label", "Criterion", ReferenceFieldLimits.LONG_LABEL),
                yesNo("active", "Active"));
        list(ReferenceType.PRIORITY_CRITERIA, "criterion",
                code(),
                text("label", "Criterion", ReferenceFieldLimits.NAME),
                text("allowedScores", "Allowed scores", 40).withHelper("Whole numbers separated by |, e.g. 0|1|3|5"));
        list(ReferenceType.ESCALATION_LADDER, "stage",
                wholeNumber("stageOrder", "Order").withHelper("Position on the ladder, from 1"),
                code(),
                text("label", "Name", ReferenceFieldLimits.NAME),
                yesNo("needsSupervisorApproval", "Needs supervisor approval"),
                wholeNumber("defaultDurationDays", "Default duration (days)"),
                longText("notes", "Notes", ReferenceFieldLimits.NOTES).formOnly());
        list(ReferenceType.OUTCOMES, "outcome",
                code(),
                text("label", "Outcome", ReferenceFieldLimits.NAME),
                yesNo("needsReason", "Needs a reason"));
        list(ReferenceType.POLICE_CRIME_CATEGORIES, "crime category",
                code(),
                text("name", "Name", ReferenceFieldLimits.NAME),
                yesNo("victimBased", "Victim-based"));
        // Edits apply to new assessments: each assessment keeps the questions as they were asked (decision 0020).
        list(ReferenceType.RISK_QUESTIONS, "risk question",
                code(),
                longText("question", "Question", RiskQuestion.QUESTION_LENGTH),
                wholeNumber("weight", "Weight").withHelper("Added to the score for a yes"),
                yesNo("automaticHigh", "A yes makes the risk high"),
                yesNo("active", "Active"));
        list(ReferenceType.RISK_LEVELS, "risk level",
                text("level", "Level", 20).withHelper("STANDARD, MEDIUM or HIGH: the product acts on MEDIUM and HIGH"),
                wholeNumber("minScore", "Lowest score"),
                longText("meaning", "Meaning", ReferenceFieldLimits.LONG_LABEL));
        // Working days skip these (the MEDIUM risk contact, the ASB Case Review's dates): add each new year's.
        list(ReferenceType.BANK_HOLIDAYS, "bank holiday",
                date("day", "Date").withHelper("England and Wales; a substitute day where the holiday is at a weekend"),
                text("name", "Name", BankHoliday.NAME_LENGTH));
    }

    private <T extends ReferenceEntity> void list(ReferenceType<T> type, String recordName, ReferenceField... fields) {
        tabs.add(type.label(), ReferenceEditor.forList(referenceData, type, recordName, List.of(fields)));
    }

    private static ReferenceField code() {
        return text("code", "Code", ReferenceFieldLimits.CODE).withHelper(CODE_HELP);
    }
}
