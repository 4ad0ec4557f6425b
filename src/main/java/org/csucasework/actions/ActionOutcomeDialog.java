package org.csucasework.actions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.UkDates;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one dialog for completing an action (with what was done) or cancelling it (with the reason), wherever actions
 * are worked: My actions, the report page, a group's action plan. The service's error is shown at the text field,
 * anything else above it, and nothing typed is lost; the dialog closes only when the service accepted the change.
 */
public class ActionOutcomeDialog extends Dialog {

    private final TextArea text;
    private final Button confirm;
    private final Button back;
    private final Paragraph problem = new Paragraph();

    /**
     * @param call the service call with the text typed: completes or cancels the action, or throws
     * @param done what the page does after the change (reload, announce)
     */
    public static ActionOutcomeDialog complete(ActionView action, Names names, Function<String, ActionView> call,
                                               Consumer<ActionView> done) {
        return new ActionOutcomeDialog(action, names, true, call, done);
    }

    public static ActionOutcomeDialog cancel(ActionView action, Names names, Function<String, ActionView> call,
                                             Consumer<ActionView> done) {
        return new ActionOutcomeDialog(action, names, false, call, done);
    }

    private ActionOutcomeDialog(ActionView action, Names names, boolean complete, Function<String, ActionView> call,
                                Consumer<ActionView> done) {
        setHeaderTitle(complete ? "Complete the action" : "Cancel the action");
        addClassName("action-outcome-dialog");
        setWidth("min(40em, 95vw)");
        String field = complete ? "outcome" : "reason";
        text = new TextArea(complete ? "What was done (the outcome)" : "Reason for cancelling (e.g. handed on to)");
        text.setWidthFull();
        text.setMinRows(3);
        text.setMaxLength(Action.OUTCOME_LENGTH);
        text.setRequiredIndicatorVisible(true);
        text.setManualValidation(true);
        text.addValueChangeListener(e -> {
            text.setInvalid(false);
            text.setErrorMessage(null);
        });
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        add(new Paragraph(describe(action, names)), text, problem);

        confirm = new Button(complete ? "Complete the action" : "Cancel the action");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!complete) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.addClickListener(e -> {
            text.setInvalid(false);
            problem.setText("");
            try {
                ActionView changed = call.apply(text.getValue());
                close();
                done.accept(changed);
            } catch (ValidationException ex) {
                List<String> general = new ArrayList<>();
                for (FieldError error : ex.errors()) {
                    if (field.equals(error.field())) {
                        text.setErrorMessage(error.message());
                        text.setInvalid(true);
                    } else {
                        general.add(error.message());
                    }
                }
                problem.setText(String.join(" ", general));
                text.focus();
            } catch (ConflictException | NotFoundException | AccessDeniedException ex) {
                problem.setText(ex.getMessage());
            }
        });
        back = new Button(complete ? "Back" : "Keep the action", e -> close());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(back, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                text.focus();
            }
        });
    }

    /** "CSU-2026-000123 · Kent Police, due Mon 8 Dec 2026: Patrol after midnight". */
    static String describe(ActionView action, Names names) {
        String owner = action.ownerReference() != null ? action.ownerReference() : action.reportReference();
        return (owner == null ? "" : owner + " · ") + names.agency(action.agencyCode()) + ", due "
                + UkDates.weekday(action.dueDate()) + ": " + action.description();
    }

    public TextArea text() {
        return text;
    }

    public Button confirm() {
        return confirm;
    }
}
