package org.csucasework.shared;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows a service's field errors on a screen's fields: each refused field is marked with its messages and keeps what
 * was typed; the others are cleared. One implementation for every capability's screens.
 */
public final class FieldErrors {

    private FieldErrors() {
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
