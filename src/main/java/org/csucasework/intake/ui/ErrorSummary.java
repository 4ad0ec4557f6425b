package org.csucasework.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of problems at the top of a form, a live alert (WCAG 3.3.1, 4.1.3), kept in step with the fields: a field
 * loses its message as soon as the user changes it (the binder clears it), so its lines leave the summary at the same
 * moment and the count goes down with them. Otherwise the summary would go on listing problems against fields that
 * show none (issue 19) until the next save.
 */
class ErrorSummary extends Div {

    /** One problem: the field it is about (null when it is about no field on the form) and the line shown. */
    record Problem(Component field, String line) {
    }

    private final UnorderedList list = new UnorderedList();
    private final H2 title = new H2();
    private final List<Registration> listeners = new ArrayList<>();

    ErrorSummary() {
        addClassName("error-summary");
        getStyle().set("border-left", "4px solid var(--lumo-error-text-color)")
                .set("padding", "0 var(--lumo-space-m)").set("background", "var(--lumo-error-color-10pct)")
                .set("width", "100%").set("box-sizing", "border-box");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** Lists the problems; each goes away when the user changes its field. */
    void show(List<Problem> problems) {
        clear();
        for (Problem problem : problems) {
            ListItem line = new ListItem(problem.line());
            list.add(line);
            if (problem.field() instanceof HasValue<?, ?> field) {
                listeners.add(field.addValueChangeListener(e -> putRight(problem.field(), line)));
            }
        }
        add(title, list);
        count();
        setVisible(true);
    }

    /** A problem that is not about one field (a lost connection, a refusal). */
    void showProblem(String heading, String message) {
        clear();
        add(new H2(heading), new Paragraph(message));
        setVisible(true);
    }

    void clear() {
        listeners.forEach(Registration::remove);
        listeners.clear();
        list.removeAll();
        removeAll();
        setVisible(false);
    }

    private void putRight(Component field, ListItem line) {
        if (line.getParent().isEmpty()) {
            return;   // put right by an earlier change
        }
        list.remove(line);
        // The binder clears the field's own message on a change; this makes sure of it for fields without a binding.
        if (field instanceof HasValidation validation) {
            validation.setInvalid(false);
            validation.setErrorMessage(null);
        }
        if (list.getChildren().findAny().isEmpty()) {
            clear();
        } else {
            count();
        }
    }

    private void count() {
        long problems = list.getChildren().count();
        title.setText(problems == 1 ? "There is a problem" : "There are " + problems + " problems");
    }
}
