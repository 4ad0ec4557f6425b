package org.csucasework.taskgroups.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.csucasework.reference.Agency;
import org.csucasework.shared.FieldError;
import org.csucasework.taskgroups.GroupDraft;
import org.csucasework.taskgroups.Officer;
import org.csucasework.taskgroups.SubjectKind;
import org.csucasework.taskgroups.SubjectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The group form on its own, without Spring or a database: what it sends and how it shows errors. */
class GroupFormTest {

    private static final SubjectOption FARM = new SubjectOption(SubjectKind.PLACE, 7L, "Oak Tree Farm");

    private GroupForm form;
    private final List<GroupDraft> saved = new ArrayList<>();

    @BeforeEach
    void showForm() {
        MockVaadin.setup();
        form = new GroupForm(
                List.of(new Officer("police", "Pat Constable", "KENT_POLICE", "Kent Police"),
                        new Officer("caseworker", "Casey Caseworker", "SDC_CSU", "Community Safety")),
                List.of(new Agency("SDC_CSU", "Sevenoaks District Council - Community Safety", true),
                        new Agency("KENT_POLICE", "Kent Police", true), new Agency("WKHA", "West Kent Housing", true)),
                text -> text.toLowerCase().contains("oak") ? List.of(FARM) : List.of());
        form.addSaveListener(e -> saved.add(e.draft()));
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    @DisplayName("Proposing sends a draft with everything typed")
    void proposingSendsADraftWithEverythingTyped() {
        form.edit(new GroupDraft(), GroupForm.Mode.PROPOSE);
        _setValue(form.subject, FARM);
        _setValue(form.title, "Oak Tree Farm");
        _setValue(form.lead, "police");
        _setValue(form.members, Set.of("KENT_POLICE", "SDC_CSU"));
        _setValue(form.reviewIntervalWeeks, 6);
        _setValue(form.reason, "Hare coursing every weekend");

        _click(form.save);

        assertThat(saved).singleElement().satisfies(draft -> {
            assertThat(draft.getSubject()).isEqualTo(FARM);
            assertThat(draft.getTitle()).isEqualTo("Oak Tree Farm");
            assertThat(draft.getLeadUsername()).isEqualTo("police");
            assertThat(draft.getMemberAgencyCodes()).containsExactlyInAnyOrder("KENT_POLICE", "SDC_CSU");
            assertThat(draft.getReviewIntervalWeeks()).isEqualTo(6);
            assertThat(draft.getReason()).isEqualTo("Hare coursing every weekend");
        });
    }

    @Test
    @DisplayName("A group without a subject, a lead or a member agency is marked at each field, and what was typed stays")
    void missingSubjectLeadAndMembersAreMarkedAndTheInputStays() {
        form.edit(new GroupDraft(), GroupForm.Mode.PROPOSE);
        _setValue(form.title, "Barnfield Park");
        _setValue(form.reason, "Fires and damage");
        _click(form.save);

        List<FieldError> elsewhere = form.showErrors(List.of(
                new FieldError("subject", "Choose the place or person the group is about"),
                new FieldError("lead", "Choose the lead officer"),
                new FieldError("members", "Choose at least one member agency")));

        assertThat(elsewhere).isEmpty();
        assertThat(form.subject.isInvalid()).isTrue();
        assertThat(form.subject.getErrorMessage()).isEqualTo("Choose the place or person the group is about");
        assertThat(form.lead.isInvalid()).isTrue();
        assertThat(form.lead.getErrorMessage()).isEqualTo("Choose the lead officer");
        assertThat(form.members.isInvalid()).isTrue();
        assertThat(form.members.getErrorMessage()).isEqualTo("Choose at least one member agency");
        assertThat(form.title.isInvalid()).isFalse();
        assertThat(form.title.getValue()).isEqualTo("Barnfield Park");
        assertThat(form.reason.getValue()).isEqualTo("Fires and damage");
    }

    @Test
    @DisplayName("Setting up shows the first meeting's date and keeps the subject as proposed")
    void settingUpAsksForTheFirstMeetingAndKeepsTheSubject() {
        GroupDraft draft = new GroupDraft();
        draft.setReference("TFG-2026-0001");
        draft.setSubject(FARM);
        draft.setTitle("Oak Tree Farm");
        draft.setReviewIntervalWeeks(4);
        form.edit(draft, GroupForm.Mode.SET_UP);

        assertThat(form.subject.isReadOnly()).isTrue();
        assertThat(form.subject.getValue()).isEqualTo(FARM);
        assertThat(form.firstMeetingDate.isVisible()).isTrue();
        assertThat(form.reason.isVisible()).isFalse();
        assertThat(form.save.getText()).isEqualTo("Set up the group");

        _setValue(form.lead, "caseworker");
        _setValue(form.members, Set.of("WKHA"));
        _setValue(form.firstMeetingDate, LocalDate.of(2026, 12, 3));
        _click(form.save);
        assertThat(saved).singleElement().satisfies(d -> {
            assertThat(d.getFirstMeetingDate()).isEqualTo(LocalDate.of(2026, 12, 3));
            assertThat(d.getSubject()).isEqualTo(FARM);
        });
    }

    @Test
    @DisplayName("An error for no field of the form is shown above the fields and handed back")
    void anErrorForNoFieldIsShownAboveTheFields() {
        form.edit(new GroupDraft(), GroupForm.Mode.PROPOSE);
        List<FieldError> elsewhere = form.showErrors(List.of(new FieldError("version", "Someone else changed it")));
        assertThat(elsewhere).extracting(FieldError::field).containsExactly("version");
    }

    @Test
    @DisplayName("Every field has a visible label")
    void everyFieldHasAVisibleLabel() {
        assertThat(List.of(form.subject.getLabel(), form.title.getLabel(), form.lead.getLabel(),
                form.members.getLabel(), form.reviewIntervalWeeks.getLabel(), form.firstMeetingDate.getLabel(),
                form.reason.getLabel(), form.reportReference.getLabel())).doesNotContainNull().allSatisfy(
                label -> assertThat(label).isNotBlank());
    }
}
