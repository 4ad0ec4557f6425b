package org.csucasework.shared;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.csucasework.shared.ui.Notices;

/**
 * Shows a service's field errors on a screen's fields: each refused field is marked with its messages and keeps what
 * was typed; the others are cleared. One implementation for every capability's screens: call {@link #attempt} around
 * the service call instead of writing a {@code catch (ValidationException ...)} block.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Clears the fields' marks, then calls the service. A {@link ValidationException} marks the refused fields and
     * notifies what belongs to none of them ({@link Notices#refused}); a {@link ConflictException} is notified as an
     * error. Either way the fields keep what was typed.
     *
     * @param fields the screen's fields by the name the service uses for them (may be empty)
     * @return what the service returned, or empty when it refused
     */
    public static <T> Optional<T> attempt(Map<String, ? extends HasValidation> fields, Supplier<T> call) {
        clear(fields);
        try {
            return Optional.ofNullable(call.get());
        } catch (ValidationException refused) {
            Notices.refused(show(refused.errors(), fields));
            return Optional.empty();
        } catch (ConflictException conflict) {
            Notices.error(conflict.getMessage());
            return Optional.empty();
        }
    }

    /** {@link #attempt} for a service call that returns nothing: true when it succeeded. */
    public static boolean succeeded(Map<String, ? extends HasValidation> fields, Runnable call) {
        return attempt(fields, () -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * @param fields the screen's fields by the name the service uses for them
     * @return the errors that belong to none of the given fields, for the caller to show elsewhere
     */
    public static List<FieldError> show(List<FieldError> errors, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        List<FieldError> elsewhere = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            if (fields.containsKey(error.field())) {
                byField.merge(error.field(), error.message(), (a, b) -> a + " " + b);
            } else {
                elsewhere.add(error);
            }
        }
        byField.forEach((name, message) -> {
            fields.get(name).setErrorMessage(message);
            fields.get(name).setInvalid(true);
        });
        return elsewhere;
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }
}
