package org.csucasework.tasking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Notices;
import org.springframework.security.access.AccessDeniedException;

/**
 * A small dialog of the report page: a few fields, a confirm and a back button, and room for errors. Each service
 * error is shown at the field it names; errors about no field of the dialog go above the fields.
 */
class ReportPageDialog extends Dialog {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Div problem = new Div();
    private final VerticalLayout body = new VerticalLayout();
    final Button confirm;
    final Button back = new Button("Back");

    ReportPageDialog(String title, String confirmText) {
        setHeaderTitle(title);
        setModal(true);
        setCloseOnEsc(true);
        setWidth("min(36em, 95vw)");
        problem.addClassName("dialog-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        body.setPadding(false);
        body.add(problem);
        add(body);
        confirm = new Button(confirmText);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(e -> close());
        getFooter().add(back, confirm);
    }

    /** Adds a field that service errors named {@code fieldName} are shown at. */
    <C extends Component & HasValidation> C field(String fieldName, C field) {
        field.setManualValidation(true);
        fields.put(fieldName, field);
        body.add(field);
        return field;
    }

    /** Adds a group of fields (an action entry) that service errors naming them are shown at. */
    void fields(Component group, Map<String, ? extends HasValidation> named) {
        named.values().forEach(field -> field.setManualValidation(true));
        fields.putAll(named);
        body.add(group);
    }

    void addContent(Component... components) {
        body.add(components);
    }

    void clearErrors() {
        problem.removeAll();
        problem.setVisible(false);
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Marks the fields named by the errors; the rest go above the fields. Lets the user confirm again. */
    void showErrors(List<FieldError> errors) {
        clearErrors();
        HasValidation first = null;
        for (FieldError error : errors) {
            HasValidation field = fields.get(error.field());
            if (field == null) {
                problem.add(new Paragraph(error.message()));
                problem.setVisible(true);
            } else {
                field.setErrorMessage(field.isInvalid() ? field.getErrorMessage() + " " + error.message() : error.message());
                field.setInvalid(true);
                first = first == null ? field : first;
            }
        }
        confirm.setEnabled(true);
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /**
     * Runs the change when the user confirms: success closes the dialog, says so and reloads the page; a refusal stays
     * in the dialog at its fields, with everything typed kept (a conflict offers to reload the page instead).
     */
    void onConfirm(Runnable change, String success, Runnable reload) {
        confirm.addClickListener(e -> {
            try {
                change.run();
            } catch (ValidationException ex) {
                showErrors(ex.errors());
                return;
            } catch (ConflictException ex) {
                showProblem(ex.getMessage() + " Your entries in this dialog are kept until you reload.",
                        new Button("Reload the report", click -> {
                            close();
                            reload.run();
                        }));
                return;
            } catch (NotFoundException ex) {
                showProblem("It no longer exists, or is not yours to change. Reload the report to see it as it is now.");
                return;
            } catch (AccessDeniedException ex) {
                showProblem("You are not allowed to do this.");
                return;
            }
            close();
            Notices.success(success);
            reload.run();
        });
    }

    /** Shows a problem that is not about one field, optionally with a button (for example "Reload"). */
    void showProblem(String message, Component... extra) {
        clearErrors();
        problem.add(new Paragraph(message));
        problem.add(extra);
        problem.setVisible(true);
        confirm.setEnabled(true);
    }
}
