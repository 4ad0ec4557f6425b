package org.csucasework.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The rules a draft states on its own fields with Bean Validation annotations (lengths, patterns), each broken one
 * named at its field: a service checks these, then the rules that need the database or the signed-in user.
 */
@Component
@RequiredArgsConstructor
public class DraftRules {

    private final Validator validator;

    /** Every broken annotation of the draft, its field named under {@code prefix} ("actions[0]."), by field. */
    public List<FieldError> problemsWith(Object draft, String prefix) {
        return validator.validate(draft).stream()
                .map((ConstraintViolation<Object> violation) -> new FieldError(
                        prefix + violation.getPropertyPath(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }
}
