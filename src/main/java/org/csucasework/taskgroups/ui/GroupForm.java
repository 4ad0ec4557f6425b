package org.csucasework.taskgroups.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.csucasework.reference.Agency;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.taskgroups.GroupDraft;
import org.csucasework.taskgroups.Officer;
import org.csucasework.taskgroups.SubjectOption;
import org.csucasework.taskgroups.TaskGroupFieldLimits;

/**
 * Proposes, sets up or changes one group. A plain component: it knows nothing of services (the place and person
 * suggestions come in as a function), it fires {@link SaveEvent} and {@link CancelEvent}, and it shows the errors its
 * owner got back, each at its field, keeping everything typed. The rules live in the service alone.
 */
public class GroupForm extends VerticalLayout {

    /** What the form is for: which fields it shows and what its button says. */
    public enum Mode {
        PROPOSE("Propose a Task and Finish Group", "Propose the group"),
        SET_UP("Set up the group", "Set up the group"),
        EDIT("Change the group", "Save the changes");

        private final String heading;
        private final String action;

        Mode(String heading, String action) {
            this.heading = heading;
            this.action = action;
        }
    }

    private final H2 heading = new H2();
    private final Paragraph formError = new Paragraph();
    final ComboBox<SubjectOption> subject = new ComboBox<>("Place or person the group is about");
    final TextField title = new TextField("Title");
    final ComboBox<String> lead = new ComboBox<>("Lead officer");
    final MultiSelectComboBox<String> members = new MultiSelectComboBox<>("Member agencies");
    final IntegerField reviewIntervalWeeks = new IntegerField("Review every (weeks)");
    final DatePicker firstMeetingDate = UkDates.picker("First meeting");
    final TextArea reason = new TextArea("Why the partnership needs a group");
    final TextField reportReference = new TextField("Proposed from report");
    final Button save = new Button();
    final Button cancel = new Button("Cancel");

    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private GroupDraft draft;
    private Mode mode = Mode.PROPOSE;

    public GroupForm(List<Officer> officers, List<Agency> agencies, Function<String, List<SubjectOption>> suggestions) {
        addClassName("group-form");
        setPadding(false);

        subject.setItems(query -> {
            String filter = query.getFilter().orElse("");
            List<SubjectOption> found = new ArrayList<>(filter.isBlank() ? List.of() : suggestions.apply(filter));
            // The chosen subject stays findable, also when it came with the draft rather than from a search.
            SubjectOption chosen = subject.getValue();
            if (chosen != null && filter.isBlank() && !found.contains(chosen)) {
                found.add(0, chosen);
            }
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        subject.setItemLabelGenerator(SubjectOption::toString);
        subject.setHelperText("Type at least three letters of the address, place name or person's name");
        subject.setRequiredIndicatorVisible(true);
        subject.setWidthFull();

        title.setMaxLength(TaskGroupFieldLimits.TITLE);
        title.setHelperText("How the partnership will know the group, e.g. the place or the issue");
        title.setRequiredIndicatorVisible(true);

        Map<String, String> officerLabels = new LinkedHashMap<>();
        officers.forEach(o -> officerLabels.put(o.username(), o.label()));
        lead.setItems(officerLabels.keySet());
        lead.setItemLabelGenerator(username -> officerLabels.getOrDefault(username, username));
        lead.setRequiredIndicatorVisible(true);

        Map<String, String> agencyNames = new LinkedHashMap<>();
        agencies.forEach(a -> agencyNames.put(a.getCode(), a.getName()));
        members.setItems(agencyNames.keySet());
        members.setItemLabelGenerator(code -> agencyNames.getOrDefault(code, code));
        members.setHelperText("The agencies working on the group; they see the group and its reports");
        members.setRequiredIndicatorVisible(true);

        reviewIntervalWeeks.setMin(TaskGroupFieldLimits.MIN_REVIEW_WEEKS);
        reviewIntervalWeeks.setMax(TaskGroupFieldLimits.MAX_REVIEW_WEEKS);
        reviewIntervalWeeks.setStepButtonsVisible(true);
        reviewIntervalWeeks.setHelperText("The lead is asked to hold a review meeting or close the group this often");

        firstMeetingDate.setRequiredIndicatorVisible(true);
        reason.setMaxLength(TaskGroupFieldLimits.REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setMinHeight("6em");
        reportReference.setReadOnly(true);

        fieldsByName.put("subject", subject);
        fieldsByName.put("title", title);
        fieldsByName.put("lead", lead);
        fieldsByName.put("members", members);
        fieldsByName.put("reviewIntervalWeeks", reviewIntervalWeeks);
        fieldsByName.put("firstMeetingDate", firstMeetingDate);
        fieldsByName.put("reason", reason);
        fieldsByName.put("reportReference", reportReference);

        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.setVisible(false);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        save.setDisableOnClick(false);
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        FormLayout fields = new FormLayout(subject, title, lead, members, reviewIntervalWeeks, firstMeetingDate,
                reason, reportReference);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.setColspan(subject, 2);
        fields.setColspan(reason, 2);
        add(heading, formError, fields, new HorizontalLayout(save, cancel));
    }

    /** Shows a draft: a new proposal, an approved group to set up, or an open group to change. */
    public void edit(GroupDraft draft, Mode mode) {
        this.draft = draft;
        this.mode = mode;
        clearErrors();
        heading.setText(mode.heading);
        save.setText(mode.action);
        subject.setReadOnly(mode != Mode.PROPOSE);
        subject.setValue(draft.getSubject());
        title.setValue(nullToEmpty(draft.getTitle()));
        lead.setValue(draft.getLeadUsername());
        members.setValue(new LinkedHashSet<>(draft.getMemberAgencyCodes()));
        reviewIntervalWeeks.setValue(draft.getReviewIntervalWeeks());
        firstMeetingDate.setValue(draft.getFirstMeetingDate());
        firstMeetingDate.setVisible(mode == Mode.SET_UP);
        reason.setValue(nullToEmpty(draft.getReason()));
        reason.setVisible(mode == Mode.PROPOSE);
        reportReference.setValue(nullToEmpty(draft.getReportReference()));
        reportReference.setVisible(mode == Mode.PROPOSE && draft.getReportReference() != null);
    }

    public GroupDraft draft() {
        return draft;
    }

    public Mode mode() {
        return mode;
    }

    /**
     * Marks each field the service refused, keeping whatever was typed.
     *
     * @return the errors that belong to no field of this form, which it shows above its fields
     */
    public List<FieldError> showErrors(List<FieldError> errors) {
        List<FieldError> elsewhere = FieldErrors.show(errors, fieldsByName);
        formError.setText(Notices.messages(elsewhere));
        formError.setVisible(!elsewhere.isEmpty());
        if (!errors.isEmpty()) {
            fieldsByName.values().stream().filter(HasValidation::isInvalid).findFirst()
                    .ifPresent(field -> ((com.vaadin.flow.component.Focusable<?>) field).focus());
        }
        return elsewhere;
    }

    public void clearErrors() {
        FieldErrors.clear(fieldsByName);
        formError.setVisible(false);
    }

    private void submit() {
        if (draft == null) {
            return;
        }
        draft.setSubject(subject.getValue());
        draft.setTitle(title.getValue());
        draft.setLeadUsername(lead.getValue());
        draft.setMemberAgencyCodes(members.getValue());
        draft.setReviewIntervalWeeks(reviewIntervalWeeks.getValue());
        draft.setFirstMeetingDate(firstMeetingDate.getValue());
        if (mode == Mode.PROPOSE) {
            draft.setReason(reason.getValue());
        }
        fireEvent(new SaveEvent(this, draft));
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The user asks to save the draft, which holds everything they typed. */
    public static class SaveEvent extends ComponentEvent<GroupForm> {
        private final GroupDraft draft;

        SaveEvent(GroupForm source, GroupDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public GroupDraft draft() {
            return draft;
        }
    }

    public static class CancelEvent extends ComponentEvent<GroupForm> {
        CancelEvent(GroupForm source) {
            super(source, false);
        }
    }
}
