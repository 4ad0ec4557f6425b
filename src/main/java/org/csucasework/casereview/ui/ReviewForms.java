package org.csucasework.casereview.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Map;
import org.csucasework.actions.NewAction;
import org.csucasework.casereview.CaseReviewDetails;
import org.csucasework.casereview.CaseReviewFieldLimits;
import org.csucasework.casereview.CaseReviewWork;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;

/**
 * The coordinator's forms while the review is held: the meeting (date and agencies invited), what each invited agency
 * brought, and the recommendations, each given to an agency as an action. Errors stay at their fields with what was
 * typed kept; after each save the page shows the review again ({@code saved}).
 */
class ReviewForms extends VerticalLayout {

    final DatePicker meetingDate = UkDates.picker("Date of the review meeting");
    final MultiSelectComboBox<String> invited = new MultiSelectComboBox<>("Agencies invited to the review");
    final Select<String> informationAgency = new Select<>();
    final TextArea information = new TextArea("What the agency brought to the review");
    final Select<String> recommendationAgency = new Select<>();
    final TextArea recommendation = new TextArea("Recommendation (the action the agency is to take)");
    final DatePicker due = UkDates.picker("Recommendation due by");

    ReviewForms(CaseReviewWork work, CaseReviewDetails review, Runnable saved) {
        setPadding(false);
        Map<String, String> agencies = work.agencyChoices();
        String reference = review.reference();

        meetingDate.setRequiredIndicatorVisible(true);
        meetingDate.setValue(review.meetingDate());
        invited.setItems(agencies.keySet());
        invited.setItemLabelGenerator(code -> agencies.getOrDefault(code, code));
        invited.setRequiredIndicatorVisible(true);
        invited.setValue(new java.util.LinkedHashSet<>(review.agenciesInvited()));
        Button saveMeeting = new Button("Save the meeting", e -> {
            if (FieldErrors.succeeded(Map.of("meetingDate", meetingDate, "agencies", invited),
                    () -> work.planReview(reference, meetingDate.getValue(), new ArrayList<>(invited.getValue())))) {
                Notices.success("Review meeting saved");
                saved.run();
            }
        });
        add(new H3("The review meeting"), new FormLayout(meetingDate, invited), saveMeeting);

        if (!review.agenciesInvited().isEmpty()) {
            informationAgency.setLabel("Agency that brought the information");
            informationAgency.setItems(review.agenciesInvited());
            informationAgency.setItemLabelGenerator(code -> agencies.getOrDefault(code, code));
            informationAgency.setMinWidth("22rem");
            information.setMaxLength(CaseReviewFieldLimits.INFORMATION);
            information.setWidthFull();
            Button addInformation = new Button("Add the information", e -> {
                if (FieldErrors.succeeded(Map.of("agencyCode", informationAgency, "information", information),
                        () -> work.addInformation(reference, informationAgency.getValue(), information.getValue()))) {
                    Notices.success("Information from " + agencies.get(informationAgency.getValue()) + " recorded");
                    saved.run();
                }
            });
            add(new H3("Information from each agency"), informationAgency, information, addInformation);
        }

        recommendationAgency.setLabel("Agency to carry out the recommendation");
        recommendationAgency.setItems(agencies.keySet());
        recommendationAgency.setItemLabelGenerator(code -> agencies.getOrDefault(code, code));
        recommendation.setWidthFull();
        Map<String, HasValidation> fields = Map.of("agencyCode", recommendationAgency, "description", recommendation,
                "dueDate", due, "recommendation", recommendation);
        Button recommend = new Button("Add the recommendation", e -> {
            if (FieldErrors.succeeded(fields, () -> work.recommend(reference, new NewAction(
                    recommendationAgency.getValue(), recommendation.getValue(), due.getValue(), null)))) {
                Notices.success("Recommendation given to " + agencies.get(recommendationAgency.getValue()));
                saved.run();
            }
        });
        add(new H3("Recommendations"), new FormLayout(recommendationAgency, due), recommendation, recommend);
    }
}
