package org.csucasework.escalation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.csucasework.escalation.CaseDetails;
import org.csucasework.escalation.EscalationFieldLimits;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.ProposalDraft;
import org.csucasework.escalation.Requirement;
import org.csucasework.escalation.ServiceMethod;
import org.csucasework.intake.ReportSummary;
import org.csucasework.reference.EscalationStage;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ui.UkDates;

/**
 * The fields of a proposal: the step, the conduct, the evidence, how it will be served, a duration and the
 * justification for a skip. A plain component: its owner reads the draft, sends it to the service and shows the
 * service's errors here; what was typed stays as it was.
 */
class ProposalForm extends FormLayout {

    final Select<String> stage = new Select<>();
    final TextArea conduct = new TextArea("Conduct");
    final MultiSelectComboBox<ReportSummary> evidence = new MultiSelectComboBox<>("Evidence (reports about the person)");
    final Select<ServiceMethod> serviceMethod = new Select<>();
    final IntegerField durationDays = new IntegerField("Duration in days");
    final TextArea skipJustification = new TextArea("Justification for skipping a stage");
    private final RequirementBoxes requirementBoxes = new RequirementBoxes("CPN: what must stop (one per line)",
            "CPN: what must be done (one per line, each ending \"by dd/mm/yyyy\")");
    final TextArea stopRequirements = requirementBoxes.stop;
    final TextArea doRequirements = requirementBoxes.doing;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    ProposalForm(List<EscalationStage> stages, List<ReportSummary> reports) {
        Map<String, String> labels = stages.stream().collect(Collectors.toMap(EscalationStage::getCode,
                s -> s.getStageOrder() + ". " + s.getLabel()
                        + (s.getDefaultDurationDays() == null ? "" : " (" + s.getDefaultDurationDays() + " days by default)"),
                (a, b) -> a, LinkedHashMap::new));
        stage.setLabel("Step");
        stage.setItems(labels.keySet());
        stage.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        stage.setRequiredIndicatorVisible(true);
        conduct.setMaxLength(EscalationFieldLimits.CONDUCT);
        conduct.setHelperText("What the person did, when and where: this goes into the document");
        conduct.setRequiredIndicatorVisible(true);
        conduct.setMinHeight("8rem");
        evidence.setItems(reports);
        evidence.setItemLabelGenerator(r -> r.reference() + " · " + UkDates.moment(r.receivedAt()) + " · " + r.categoryName());
        evidence.setRequiredIndicatorVisible(true);
        serviceMethod.setLabel("How it will be served");
        serviceMethod.setItems(ServiceMethod.values());
        serviceMethod.setItemLabelGenerator(ServiceMethod::label);
        serviceMethod.setRequiredIndicatorVisible(true);
        durationDays.setHelperText("ABA term, CPW time to comply or CPN period; empty for the ladder's default");
        durationDays.setMin(1);
        durationDays.setMax(EscalationFieldLimits.MAX_DURATION_DAYS);
        skipJustification.setMaxLength(EscalationFieldLimits.NOTE);
        skipJustification.setHelperText("Only when the step skips a stage (for example a risk of harm); "
                + "the supervisor approves it with the step");

        stopRequirements.setHelperText("For a Community Protection Notice only (s43(3)), e.g. \"Playing amplified "
                + "music audible outside the property\"");
        doRequirements.setHelperText("e.g. \"Clear the waste from the front garden by 31/01/2027\"; the notice "
                + "explains the right of appeal and what follows a breach");
        stage.addValueChangeListener(e -> showRequirements(Ladder.CPN.equals(e.getValue())));
        showRequirements(false);

        fields.put("stageCode", stage);
        fields.put("stopRequirements", stopRequirements);
        fields.put("doRequirements", doRequirements);
        fields.put("conduct", conduct);
        fields.put("evidence", evidence);
        fields.put("serviceMethod", serviceMethod);
        fields.put("durationDays", durationDays);
        fields.put("skipJustification", skipJustification);
        add(stage, serviceMethod, conduct, evidence, durationDays, skipJustification, stopRequirements, doRequirements);
        setColspan(stopRequirements, 2);
        setColspan(doRequirements, 2);
        setColspan(conduct, 2);
        setColspan(evidence, 2);
        setColspan(skipJustification, 2);
    }

    /** Fills the form from a returned step, for the caseworker to revise. */
    void fill(CaseDetails.StepView step) {
        stage.setValue(step.stageCode());
        conduct.setValue(step.conduct());
        evidence.setValue(evidence.getListDataView().getItems()
                .filter(r -> step.evidenceReportIds().contains(r.id())).collect(Collectors.toSet()));
        serviceMethod.setValue(step.serviceMethod());
        durationDays.setValue(step.durationDays());
        skipJustification.setValue(step.skipJustification() == null ? "" : step.skipJustification());
        requirementBoxes.fill(step.requirements());
    }

    private void showRequirements(boolean cpn) {
        requirementBoxes.setVisible(cpn);
    }

    ProposalDraft draft() {
        ProposalDraft draft = new ProposalDraft(stage.getValue(), conduct.getValue(),
                evidence.getValue().stream().map(ReportSummary::id).collect(Collectors.toCollection(LinkedHashSet::new)),
                serviceMethod.getValue(), durationDays.getValue(), skipJustification.getValue());
        if (Ladder.CPN.equals(stage.getValue())) {
            draft.setRequirements(requirementBoxes.requirements());
        }
        return draft;
    }

    /** The service's errors about requirements, moved to the box the requirement came from. */
    List<FieldError> onFields(List<FieldError> errors) {
        return requirementBoxes.onFields(errors, "stopRequirements", "doRequirements");
    }

    Map<String, HasValidation> fields() {
        return fields;
    }
}
