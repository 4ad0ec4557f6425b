package org.csucasework.marac.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.csucasework.marac.EarlierReferral;
import org.csucasework.marac.LawfulBasis;
import org.csucasework.marac.MaracFieldLimits;
import org.csucasework.marac.MaracReferralService;
import org.csucasework.marac.MaracSubjectKind;
import org.csucasework.marac.ReferralDraft;
import org.csucasework.marac.ReferralSummary;
import org.csucasework.reference.MaracCriterion;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;
import org.springframework.security.access.AccessDeniedException;

/**
 * Referring a person or a family to the Community MARAC, or amending one's referral when the chair asked for more
 * ({@code ?edit=MARAC-2026-0001}; from a report: {@code ?report=CSU-2026-000123}). Save as a draft, or submit to the
 * chair. On errors every field keeps what was typed and the refused ones say why. Below: the user's own referrals.
 */
@Route("marac/referrals/new")
@PageTitle("Refer to the Community MARAC | CSU Casework")
@Menu(title = "Refer to Community MARAC", order = 50, icon = "vaadin:users")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME, Role.PARTNER_NAME, Role.MARAC_MEMBER_NAME,
        Role.MARAC_CHAIR_NAME})
public class ReferralFormView extends VerticalLayout implements BeforeEnterObserver {

    private final MaracReferralService referrals;
    private final UserService users;

    final RadioButtonGroup<MaracSubjectKind> subjectKind = new RadioButtonGroup<>("The referral is about");
    final TextField personName = new TextField("Person's full name");
    final DatePicker personDateOfBirth = UkDates.picker("Date of birth (if known)");
    final TextField familyName = new TextField("Family name");
    final TextArea otherMembers = new TextArea("Other family members (one name a line)");
    final CheckboxGroup<String> criteria = new CheckboxGroup<>("MARAC criteria met");
    final TextArea riskSummary = new TextArea("Risk and vulnerability summary");
    final TextArea historyToBring = new TextArea("History to bring to the meeting");
    final TextField reportReferences = new TextField("Reports to bring (references, separated by commas)");
    final Select<LawfulBasis> lawfulBasis = new Select<>();
    final TextArea lawfulBasisNote = new TextArea("Notes on consent or sharing (optional)");
    final Button submit = new Button("Submit to the chair");
    final Button saveDraft = new Button("Save as draft");
    final Paragraph moreInformation = new Paragraph();
    /** Open referrals about the person named: a second referral should join the first (DESIGN.md 4.7). */
    final com.vaadin.flow.component.html.Div earlierReferrals = new com.vaadin.flow.component.html.Div();
    final Grid<ReferralSummary> mine = new Grid<>();

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private ReferralDraft draft = new ReferralDraft();

    public ReferralFormView(MaracReferralService referrals, UserService users) {
        this.referrals = referrals;
        this.users = users;
        addClassName("marac-referral-form");
        setMaxWidth("60em");

        subjectKind.setItems(MaracSubjectKind.values());
        subjectKind.setItemLabelGenerator(MaracSubjectKind::label);
        subjectKind.setValue(MaracSubjectKind.PERSON);
        subjectKind.addValueChangeListener(e -> showFamilyFields());
        personName.setMaxLength(MaracFieldLimits.PERSON_NAME);
        personName.setRequiredIndicatorVisible(true);
        personName.setWidthFull();
        familyName.setMaxLength(MaracFieldLimits.FAMILY_NAME);
        familyName.setRequiredIndicatorVisible(true);
        otherMembers.setWidthFull();
        Map<String, String> labels = new LinkedHashMap<>();
        for (MaracCriterion criterion : referrals.criteria()) {
            labels.put(criterion.getCode(), criterion.getLabel());
        }
        criteria.setItems(labels.keySet());
        criteria.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        criteria.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        criteria.setRequiredIndicatorVisible(true);
        riskSummary.setMaxLength(MaracFieldLimits.RISK_SUMMARY);
        riskSummary.setRequiredIndicatorVisible(true);
        riskSummary.setWidthFull();
        riskSummary.setMinHeight("8em");
        historyToBring.setMaxLength(MaracFieldLimits.HISTORY);
        historyToBring.setWidthFull();
        reportReferences.setWidthFull();
        reportReferences.setHelperText("For example CSU-2026-000123, CSU-2026-000130");
        lawfulBasis.setLabel("Lawful basis for sharing the information");
        lawfulBasis.setItems(LawfulBasis.values());
        lawfulBasis.setItemLabelGenerator(LawfulBasis::label);
        lawfulBasis.setRequiredIndicatorVisible(true);
        lawfulBasis.setWidthFull();
        lawfulBasisNote.setMaxLength(MaracFieldLimits.LAWFUL_BASIS_NOTE);
        lawfulBasisNote.setWidthFull();

        fields.put("subjectKind", subjectKind);
        fields.put("personName", personName);
        fields.put("personDateOfBirth", personDateOfBirth);
        fields.put("familyName", familyName);
        fields.put("otherMembers", otherMembers);
        fields.put("criteria", criteria);
        fields.put("riskSummary", riskSummary);
        fields.put("historyToBring", historyToBring);
        fields.put("reportReferences", reportReferences);
        fields.put("lawfulBasis", lawfulBasis);
        fields.put("lawfulBasisNote", lawfulBasisNote);

        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> save(true));
        saveDraft.addClickListener(e -> save(false));
        moreInformation.setVisible(false);
        earlierReferrals.addClassName("earlier-referrals");
        earlierReferrals.setId("earlier-referrals");
        // Announced when it appears while the person is named, without moving the focus (WCAG 4.1.3).
        earlierReferrals.getElement().setAttribute("role", "status");
        earlierReferrals.setVisible(false);
        earlierReferrals.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        personName.addValueChangeListener(e -> showEarlierReferrals());
        personDateOfBirth.addValueChangeListener(e -> showEarlierReferrals());

        mine.setAriaLabel("Your Community MARAC referrals");
        mine.addComponentColumn(r -> MaracView.caseLink(r.reference())).setHeader("Referral").setAutoWidth(true);
        mine.addColumn(ReferralSummary::subjectLabel).setHeader("About");
        mine.addColumn(r -> r.status().label()).setHeader("Status").setAutoWidth(true);
        mine.addColumn(r -> UkDates.moment(r.submittedAt())).setHeader("Submitted").setAutoWidth(true);
        mine.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MaracCaseView.class,
                new RouteParameters("reference", e.getItem().reference()))));
        mine.setAllRowsVisible(true);

        add(new H1("Refer to the Community MARAC"),
                new Paragraph("The Community MARAC meets monthly on repeat offenders and victims. The chair screens "
                        + "each referral: accepted cases go on the agenda of the next meeting whose referral deadline "
                        + "has not passed."),
                moreInformation, subjectKind, personName, personDateOfBirth, earlierReferrals, familyName, otherMembers, criteria,
                riskSummary, historyToBring, reportReferences, lawfulBasis, lawfulBasisNote,
                new HorizontalLayout(submit, saveDraft), new H2("Your referrals"), mine);
        showFamilyFields();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String edit = query.getOrDefault("edit", List.of()).stream().findFirst().orElse(null);
        String report = query.getOrDefault("report", List.of()).stream().findFirst().orElse(null);
        try {
            draft = edit != null ? referrals.draftOf(edit) : referrals.newDraft(report);
        } catch (NotFoundException | AccessDeniedException e) {
            Notices.error(edit != null ? "No referral " + edit + " for you to amend" : "No report " + report);
            draft = referrals.newDraft(null);
        }
        fill(draft);
        refreshMine();
    }

    private void fill(ReferralDraft d) {
        subjectKind.setValue(d.getSubjectKind() == null ? MaracSubjectKind.PERSON : d.getSubjectKind());
        personName.setValue(nullToEmpty(d.getPersonName()));
        personDateOfBirth.setValue(d.getPersonDateOfBirth());
        familyName.setValue(nullToEmpty(d.getFamilyName()));
        otherMembers.setValue(String.join("\n", d.getOtherMembers()));
        criteria.setValue(new LinkedHashSet<>(d.getCriteria()));
        riskSummary.setValue(nullToEmpty(d.getRiskSummary()));
        historyToBring.setValue(nullToEmpty(d.getHistoryToBring()));
        reportReferences.setValue(String.join(", ", d.getReportReferences()));
        lawfulBasis.setValue(d.getLawfulBasis());
        lawfulBasisNote.setValue(nullToEmpty(d.getLawfulBasisNote()));
        if (d.getReference() != null) {
            moreInformation.setText("Amending " + d.getReference() + ".");
            moreInformation.setVisible(true);
        }
    }

    /** The form's values as a draft; the person chosen earlier is kept (the service checks the name still fits). */
    ReferralDraft value() {
        ReferralDraft d = new ReferralDraft();
        d.setReference(draft.getReference());
        d.setVersion(draft.getVersion());
        d.setSubjectKind(subjectKind.getValue());
        d.setPersonId(draft.getPersonId());
        d.setPersonName(personName.getValue());
        d.setPersonDateOfBirth(personDateOfBirth.getValue());
        d.setFamilyName(familyName.getValue());
        d.setOtherMembers(Arrays.stream(otherMembers.getValue().split("\\R")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList());
        d.setCriteria(criteria.getValue());
        d.setRiskSummary(riskSummary.getValue());
        d.setHistoryToBring(historyToBring.getValue());
        d.setReportReferences(Arrays.stream(reportReferences.getValue().split("[,;\\s]+")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList());
        d.setLawfulBasis(lawfulBasis.getValue());
        d.setLawfulBasisNote(lawfulBasisNote.getValue());
        return d;
    }

    private void save(boolean submitting) {
        try {
            ReferralSummary saved = submitting ? referrals.submit(value()) : referrals.saveDraft(value());
            FieldErrors.show(List.of(), fields);
            if (submitting) {
                Notices.success(saved.reference() + " submitted: the MARAC chair will screen it."
                        + saved.earlierReferrals().stream().map(e -> " " + e.warning()).reduce("", String::concat));
                getUI().ifPresent(ui -> ui.navigate(MaracCaseView.class,
                        new RouteParameters("reference", saved.reference())));
            } else {
                // Keep editing the saved draft (its reference and new version) without losing anything typed.
                draft = referrals.draftOf(saved.reference());
                moreInformation.setText("Draft " + saved.reference() + " saved.");
                moreInformation.setVisible(true);
                Notices.success("Draft " + saved.reference() + " saved.");
                refreshMine();
            }
        } catch (ValidationException e) {
            Notices.refused(FieldErrors.show(e.errors(), fields));
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            Notices.error(e.getMessage());
        }
    }

    /** Warns of open referrals about the person named, each linked where the user may open it. */
    void showEarlierReferrals() {
        earlierReferrals.removeAll();
        List<EarlierReferral> earlier = referrals.earlierReferrals(
                personName.getValue().equals(nullToEmpty(draft.getPersonName())) ? draft.getPersonId() : null,
                personName.getValue(), personDateOfBirth.getValue(), draft.getReference());
        for (EarlierReferral referral : earlier) {
            if (referral.reference() == null) {
                earlierReferrals.add(new Paragraph(referral.warning() + " The chair will link the two."));
                continue;
            }
            Paragraph warning = new Paragraph((referral.samePerson() ? referral.personName()
                    : "Someone who may be " + referral.personName() + " (same name on record)")
                    + " is already referred (" + referral.status().label() + "): ");
            warning.add(MaracView.caseLink(referral.reference()));
            warning.add(". Add to that referral rather than starting a second one, or say why this one is needed.");
            earlierReferrals.add(warning);
        }
        earlierReferrals.setVisible(!earlier.isEmpty());
    }

    private void refreshMine() {
        String me = users.requireCurrentUser().username();
        mine.setItems(referrals.list(null).stream().filter(r -> r.referrerUsername().equals(me)).toList());
    }

    private void showFamilyFields() {
        boolean family = subjectKind.getValue() == MaracSubjectKind.FAMILY;
        familyName.setVisible(family);
        otherMembers.setVisible(family);
        personName.setLabel(family ? "Main person's full name" : "Person's full name");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
