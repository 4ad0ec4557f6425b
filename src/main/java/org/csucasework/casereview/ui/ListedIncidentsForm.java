package org.csucasework.casereview.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.casereview.CaseReviewFieldLimits;
import org.csucasework.casereview.NewApplication;
import org.csucasework.shared.ui.UkDates;

/**
 * The incidents an applicant lists that no agency has on record (a call to a housing officer, a complaint to the
 * landlord): each with when the behaviour happened, when and to whom it was complained about, and what happened.
 * They count like reports when made in time, and are marked "not on record" on the review's page. Each row's labels
 * carry its number, so that a screen reader tells the rows apart.
 */
class ListedIncidentsForm extends VerticalLayout {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    ListedIncidentsForm() {
        setPadding(false);
        list.setPadding(false);
        Button add = new Button("Add an incident not on record", e -> addRow());
        add(new H2("Incidents not on record"), new Paragraph("Complaints the applicant made that no agency logged, "
                + "for example to a housing officer or a landlord. Leave this out when every complaint is a report."),
                list, add);
    }

    /** The incidents entered, in order (a row left wholly empty is no incident). */
    List<NewApplication.ListedIncident> incidents() {
        return rows.stream().filter(row -> !row.isEmpty()).map(Row::incident).toList();
    }

    /** The fields by the names the service gives them ({@code incidents[0].incidentDate}), counting non-empty rows. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        int i = 0;
        for (Row row : rows) {
            if (row.isEmpty()) {
                continue;
            }
            String prefix = "incidents[" + i++ + "].";
            fields.put(prefix + "incidentDate", row.incidentDate);
            fields.put(prefix + "complainedOn", row.complainedOn);
            fields.put(prefix + "complainedTo", row.complainedTo);
            fields.put(prefix + "description", row.description);
        }
        return fields;
    }

    private void addRow() {
        Row row = new Row(rows.size() + 1);
        rows.add(row);
        list.add(row);
        row.incidentDate.focus();
    }

    private static final class Row extends FormLayout {

        final DatePicker incidentDate;
        final DatePicker complainedOn;
        final TextField complainedTo;
        final TextArea description;

        Row(int number) {
            String n = " (incident " + number + ")";
            incidentDate = UkDates.picker("Date of the behaviour" + n);
            complainedOn = UkDates.picker("Date complained" + n);
            complainedTo = new TextField("Complained to" + n);
            complainedTo.setMaxLength(CaseReviewFieldLimits.NAME);
            description = new TextArea("What happened" + n);
            description.setMaxLength(CaseReviewFieldLimits.INCIDENT);
            add(incidentDate, complainedOn, complainedTo, description);
        }

        boolean isEmpty() {
            return incidentDate.isEmpty() && complainedOn.isEmpty() && complainedTo.isEmpty() && description.isEmpty();
        }

        NewApplication.ListedIncident incident() {
            return new NewApplication.ListedIncident(incidentDate.getValue(), complainedOn.getValue(),
                    complainedTo.getValue(), description.getValue());
        }
    }
}
