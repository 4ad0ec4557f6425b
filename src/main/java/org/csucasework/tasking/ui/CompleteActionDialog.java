package org.csucasework.tasking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.tasking.Action;
import org.csucasework.tasking.ActionService;
import org.csucasework.tasking.ActionView;
import org.springframework.security.access.AccessDeniedException;

/** Completes one action with a note of what was done; errors show at the outcome field and nothing typed is lost. */
class CompleteActionDialog extends Dialog {

    final TextArea outcome = new TextArea("What was done (the outcome)");
    final Button complete = new Button("Complete the action");
    final Button cancel = new Button("Cancel");
    private final Paragraph problem = new Paragraph();

    CompleteActionDialog(ActionView action, ActionService actions, Consumer<ActionView> onCompleted) {
        setHeaderTitle("Complete the action");
        addClassName("complete-action-dialog");
        setWidth("min(40em, 95vw)");

        Paragraph about = new Paragraph((action.reportReference() == null ? "" : action.reportReference() + ", ")
                + "due " + UkDates.weekday(action.dueDate()) + ": " + action.description());
        outcome.setWidthFull();
        outcome.setMinRows(3);
        outcome.setMaxLength(Action.OUTCOME_LENGTH);
        outcome.setRequiredIndicatorVisible(true);
        outcome.setManualValidation(true);
        outcome.addValueChangeListener(e -> {
            outcome.setInvalid(false);
            outcome.setErrorMessage(null);
        });
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        add(about, outcome, problem);

        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickListener(e -> {
            outcome.setInvalid(false);
            problem.setText("");
            try {
                ActionView done = actions.complete(action.id(), outcome.getValue());
                close();
                onCompleted.accept(done);
            } catch (ValidationException ex) {
                List<String> general = new ArrayList<>();
                for (FieldError error : ex.errors()) {
                    if ("outcome".equals(error.field())) {
                        outcome.setErrorMessage(error.message());
                        outcome.setInvalid(true);
                    } else {
                        general.add(error.message());
                    }
                }
                problem.setText(String.join(". ", general));
                outcome.focus();
            } catch (ConflictException | NotFoundException | AccessDeniedException ex) {
                problem.setText(ex.getMessage());
            }
        });
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, complete);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                outcome.focus();
            }
        });
    }
}
