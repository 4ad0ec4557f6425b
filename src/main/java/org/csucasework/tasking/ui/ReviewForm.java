package org.csucasework.tasking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csucasework.actions.ActionEntry;
import org.csucasework.actions.NewAction;
import org.csucasework.intake.ReportDetails;
import org.csucasework.intake.ReportSummary;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.tasking.ReferralKind;
import org.csucasework.tasking.ReportReview;
import org.csucasework.tasking.ReviewDecision;

/**
 * The tasking meeting's decision on one report: assign actions, refer on, or no further action with a reason. A
 * plain component: it builds the {@link ReportReview} and shows the service's errors at their fields; it never
 * clears what was typed unless told to.
 */
class ReviewForm extends Div {

    /**
     * The note is stored in 2,000 characters, and the timeline repeats it after a short prefix in a field of the same
     * size: leave room for that prefix.
     */
    static final int NOTE_LENGTH = 1800;

    private static final Pattern ACTION_FIELD = Pattern.compile("actions\\[(\\d+)]\\.(\\w+)");

    private final ReportSummary report;
    private final ActionChoices choices;

    private final H4 heading = new H4();
    final RadioButtonGroup<ReviewDecision> decision = new RadioButtonGroup<>();
    private final Div actionsSection = new Div();
    private final Div actionList = new Div();
    final Button addAction = new Button("Add an action", VaadinIcon.PLUS.create());
    private final Span actionsError = new Span();
    private final Div referralSection = new Div();
    final RadioButtonGroup<ReferralKind> referralKind = new RadioButtonGroup<>();
    final Select<ReportDetails.Involved> referralPerson = new Select<>();
    final TextArea note = new TextArea();
    private final Div formError = new Div();
    private final List<ActionEntry> entries = new ArrayList<>();

    /**
     * @param briefing what the meeting reads before deciding (description, people, their history); null when the
     *                 report could not be read
     */
    ReviewForm(ReportSummary report, ReportBriefing briefing, List<ReportDetails.Involved> people,
               ActionChoices choices) {
        this.report = report;
        this.choices = choices;
        addClassName("review-form");
        setId("review-" + report.reference());

        heading.getElement().setAttribute("tabindex", "-1");
        heading.addClassName("review-heading");
        Paragraph about = new Paragraph();
        about.add(TaskingFormat.reportLink(report.reference()),
                new Span(" · received " + UkDates.moment(report.receivedAt()) + " · " + report.categoryName()
                        + " · " + (report.placeLabel() == null || report.placeLabel().isBlank() ? "no place recorded"
                        : report.placeLabel())));
        Paragraph flags = new Paragraph("Flags: " + TaskingFormat.flags(report.flags()));
        flags.addClassName("review-flags");

        formError.getElement().setAttribute("role", "alert");
        formError.addClassName("form-error");
        formError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");

        decision.setLabel("Decision on " + report.reference());
        decision.setItems(ReviewDecision.values());
        decision.setItemLabelGenerator(ReviewForm::decisionLabel);
        decision.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        decision.setManualValidation(true);
        decision.setValue(ReviewDecision.ACTIONS);
        decision.addValueChangeListener(e -> {
            clear(decision);
            showSectionsFor(e.getValue());
        });

        actionsError.getElement().setAttribute("role", "alert");
        actionsError.addClassName("actions-error");
        actionsError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600")
                .set("display", "block");
        addAction.getElement().setAttribute("aria-keyshortcuts", "Alt+A");
        addAction.setTooltipText("Alt+A");
        addAction.addClickListener(e -> addAction());
        actionsSection.add(actionList, actionsError, addAction);
        actionsSection.addClassName("actions-section");

        referralKind.setLabel("Refer to");
        referralKind.setItems(ReferralKind.values());
        referralKind.setItemLabelGenerator(ReferralKind::label);
        referralKind.setRequiredIndicatorVisible(true);
        referralKind.setManualValidation(true);
        referralKind.addValueChangeListener(e -> {
            clear(referralKind);
            referralPerson.setVisible(e.getValue() == ReferralKind.ESCALATION && !people.isEmpty());
        });
        referralPerson.setLabel("Person the escalation is about");
        referralPerson.setItems(people);
        referralPerson.setItemLabelGenerator(p -> p == null ? "" : p.person().fullName() + " (" + p.role().label()
                + ")");
        referralPerson.setEmptySelectionAllowed(true);
        referralPerson.setEmptySelectionCaption("Not named yet");
        referralPerson.setVisible(false);
        referralSection.add(referralKind, referralPerson);

        note.setWidthFull();
        note.setMinRows(2);
        note.setMaxLength(NOTE_LENGTH);
        note.setManualValidation(true);
        note.addValueChangeListener(e -> clear(note));

        add(heading, about, flags);
        if (briefing != null) {
            add(briefing);
        }
        add(formError, decision, actionsSection, referralSection, note);
        addEntry();
        showSectionsFor(ReviewDecision.ACTIONS);
    }

    static String decisionLabel(ReviewDecision decision) {
        return switch (decision) {
            case ACTIONS -> "Assign actions";
            case REFERRED -> "Refer on";
            case NO_FURTHER_ACTION -> "No further action";
        };
    }

    ReportSummary report() {
        return report;
    }

    void setPosition(int number, int total) {
        heading.setText("Item " + number + " of " + total + ": " + report.reference());
    }

    String headingText() {
        return heading.getText();
    }

    /** Moves keyboard focus to the item's heading, so that a screen reader announces which report is up now. */
    void focusHeading() {
        heading.getElement().executeJs("this.focus()");
    }

    /** Adds an empty action (due in a week) and puts the cursor in its agency field. */
    void addAction() {
        if (decision.getValue() != ReviewDecision.ACTIONS) {
            decision.setValue(ReviewDecision.ACTIONS);
        }
        addEntry().focus();
    }

    private ActionEntry addEntry() {
        ActionEntry entry = new ActionEntry(choices.agencies()).withNamedOfficer(choices.officersOf())
                .dueByDefault(choices.today());
        entry.removable(() -> removeAction(entry));
        entries.add(entry);
        actionList.add(entry);
        renumber();
        clearActionsError();
        return entry;
    }

    List<ActionEntry> entries() {
        return List.copyOf(entries);
    }

    private void removeAction(ActionEntry entry) {
        int index = entries.indexOf(entry);
        entries.remove(entry);
        actionList.remove(entry);
        renumber();
        if (!entries.isEmpty()) {
            entries.get(Math.max(0, index - 1)).focus();
        } else {
            addAction.focus();
        }
    }

    private void renumber() {
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).number(i + 1);
        }
    }

    private void showSectionsFor(ReviewDecision value) {
        actionsSection.setVisible(value == ReviewDecision.ACTIONS);
        referralSection.setVisible(value == ReviewDecision.REFERRED);
        if (value == ReviewDecision.REFERRED) {
            note.setLabel("Reason for the referral");
            note.setRequiredIndicatorVisible(true);
        } else if (value == ReviewDecision.NO_FURTHER_ACTION) {
            note.setLabel("Reason for no further action");
            note.setRequiredIndicatorVisible(true);
        } else {
            note.setLabel("Note for the record (optional)");
            note.setRequiredIndicatorVisible(false);
        }
    }

    /** The decision as entered. Actions count only for "Assign actions"; the referral only for "Refer on". */
    ReportReview toReview() {
        ReviewDecision chosen = decision.getValue();
        List<NewAction> actions = chosen == ReviewDecision.ACTIONS
                ? entries.stream().map(ActionEntry::value).toList() : List.of();
        ReferralKind kind = chosen == ReviewDecision.REFERRED ? referralKind.getValue() : null;
        Long personId = kind == ReferralKind.ESCALATION && referralPerson.getValue() != null
                ? referralPerson.getValue().person().id() : null;
        return new ReportReview(report.reference(), chosen, actions, kind, personId, note.getValue());
    }

    /** Shows each error at its field; answers whether every error found a field (the rest go to the form's top). */
    void showErrors(List<FieldError> errors) {
        List<String> general = new ArrayList<>();
        for (FieldError error : errors) {
            if (!showAtField(error)) {
                general.add(error.message());
            }
        }
        formError.setText(String.join(". ", general));
    }

    private boolean showAtField(FieldError error) {
        String field = error.field() == null ? "" : error.field();
        Matcher m = ACTION_FIELD.matcher(field);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            return index < entries.size() && entries.get(index).showError(m.group(2), error.message());
        }
        return switch (field) {
            case "decision" -> invalid(decision, error.message());
            case "referralKind" -> invalid(referralKind, error.message());
            case "note" -> invalid(note, error.message());
            case "actions" -> {
                actionsError.setText(error.message());
                yield true;
            }
            default -> false;
        };
    }

    void clearErrors() {
        formError.setText("");
        clearActionsError();
        clear(decision);
        clear(referralKind);
        clear(note);
        entries.forEach(ActionEntry::clearErrors);
    }

    private void clearActionsError() {
        actionsError.setText("");
    }

    /** Puts the cursor in the first field with an error, or on the heading when the problem is the whole item. */
    void focusFirstProblem() {
        Optional<Component> target = Optional.empty();
        if (decision.isInvalid()) {
            target = Optional.of(decision);
        }
        for (int i = 0; target.isEmpty() && i < entries.size(); i++) {
            target = entries.get(i).firstInvalid();
        }
        if (target.isEmpty() && !actionsError.getText().isEmpty()) {
            target = Optional.of(addAction);
        }
        if (target.isEmpty() && referralKind.isInvalid()) {
            target = Optional.of(referralKind);
        }
        if (target.isEmpty() && note.isInvalid()) {
            target = Optional.of(note);
        }
        target.ifPresentOrElse(ReviewForm::focus, this::focusHeading);
    }

    private static void focus(Component component) {
        if (component instanceof Focusable<?> focusable) {
            focusable.focus();
        } else {
            component.getElement().executeJs("this.focus()");
        }
    }

    private static boolean invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    private static void clear(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }
}
