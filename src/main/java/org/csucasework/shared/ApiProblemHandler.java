package org.csucasework.shared;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the services' exceptions into RFC 7807 problems for the integration API: 400 with an {@code errors} list
 * naming each field, 403, 404, 409. Messages are the services' own, written for people.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblemHandler {

    @ExceptionHandler(ValidationException.class)
    ProblemDetail validation(ValidationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has " + e.errors().size() + (e.errors().size() == 1 ? " error" : " errors"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", e.errors().stream().map(ApiProblemHandler::asMap).toList());
        return problem;
    }

    /** The same Idempotency-Key with a different request: understood, but not something that can be done (422). */
    @ExceptionHandler(Idempotency.KeyReusedException.class)
    ProblemDetail keyReused(Idempotency.KeyReusedException e) {
        ProblemDetail problem = validation(e);
        problem.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        problem.setTitle("Idempotency-Key reused");
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /**
     * A version check failed at the database, or the process engine found its own records changed by a concurrent
     * transaction: the same answer as a stale version, never a server error.
     */
    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this at the same time. Reload it and try again.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You are not allowed to do this");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = "body";
        String message = "The request body is not valid JSON";
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).substring(1);
            message = mismatch instanceof InvalidFormatException invalid
                    ? "Not a valid value: " + invalid.getValue() : "Not a valid value";
        }
        return validation(new ValidationException(List.of(new FieldError(field, message))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return validation(ValidationException.of(e.getName(), "Not a valid value: " + e.getValue()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return validation(ValidationException.of(e.getParameterName(), "Required"));
    }

    private static Map<String, Object> asMap(FieldError error) {
        return error.line() == null
                ? Map.of("field", error.field(), "message", error.message())
                : Map.of("line", error.line(), "field", error.field(), "message", error.message());
    }
}
