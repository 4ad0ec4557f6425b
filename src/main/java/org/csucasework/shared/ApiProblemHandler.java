package org.csucasework.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Every answer of the integration API ({@code /api/**}, and {@code /actuator/**}) that is not a success is an RFC 7807
 * problem in {@code application/problem+json}, whatever the client asked to accept: 400 with an {@code errors} list
 * naming each field, 403, 404 (an unknown path too), 405, 406, 409, 415, and a 500 without the exception's details.
 * Messages are the services' own, written for people.
 *
 * <p>It applies to every handler, also when no handler was found (405, 406, 415 and unknown paths are decided before
 * one is), but only to API paths: anything else is rethrown to Spring's default handling.
 */
// Just after the advices that speak for one controller's own problems (e.g. casehistory's DocumentProblems).
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    /** Query parameters that are dates obey the same rules as dates in bodies: ISO-8601, years 1 to 9999. */
    @InitBinder
    void dates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                try {
                    setValue(InputRules.parseDate("date", text));
                } catch (ValidationException e) {
                    throw new IllegalArgumentException(e.errors().get(0).message(), e);
                }
            }
        });
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ProblemDetail> validation(ValidationException e, HttpServletRequest request) throws Exception {
        onlyForTheApi(e, request);
        return invalid(e.errors());
    }

    /** The same Idempotency-Key with a different request: understood, but not something that can be done (422). */
    @ExceptionHandler(Idempotency.KeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(Idempotency.KeyReusedException e, HttpServletRequest request)
            throws Exception {
        onlyForTheApi(e, request);
        ProblemDetail problem = invalid(e.errors()).getBody();
        problem.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        problem.setTitle("Idempotency-Key reused");
        return problem(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) throws Exception {
        onlyForTheApi(e, request);
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) throws Exception {
        onlyForTheApi(e, request);
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }

    /**
     * A version check failed at the database, or the process engine found its own records changed by a concurrent
     * transaction: the same answer as a stale version, never a server error.
     */
    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class})
    ResponseEntity<ProblemDetail> concurrentChange(RuntimeException e, HttpServletRequest request) throws Exception {
        onlyForTheApi(e, request);
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this at the same time. Reload it and try again."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request) throws Exception {
        onlyForTheApi(e, request);
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You are not allowed to do this"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request)
            throws Exception {
        onlyForTheApi(e, request);
        String field = "body";
        String message = "The request body is not valid JSON";
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).substring(1);
            message = messageFor(mapping);
        } else if (e.getCause() instanceof MismatchedInputException mismatch) {
            message = messageFor(mismatch);
        } else if (e.getCause() instanceof JsonProcessingException) {
            message = "The request body is not valid JSON";
        } else if (e.getCause() == null) {
            message = "The request needs a body";
        }
        return invalid(List.of(new FieldError(field, message)));
    }

    private static String messageFor(JsonMappingException e) {
        if (e instanceof ApiJsonConfiguration.RefusedInputException) {
            return e.getOriginalMessage();
        }
        if (e instanceof InvalidNullException) {
            return "A value is required here (not null)";
        }
        if (e instanceof InvalidFormatException invalid) {
            Object value = invalid.getValue();
            return value instanceof String text && (text.length() > 100 || InputRules.hasNul(text))
                    ? "Not a valid value" : "Not a valid value: " + value;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Not a valid value: expected " + describe(mismatch.getTargetType());
        }
        return "Not a valid value";
    }

    private static String describe(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return "a " + (type.getName().startsWith("java.time.") ? "date in ISO-8601" : "JSON object");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws Exception {
        onlyForTheApi(e, request);
        Throwable cause = e.getMostSpecificCause();
        String message = cause instanceof ValidationException refused ? refused.errors().get(0).message()
                : "Not a valid value" + (InputRules.hasNul(String.valueOf(e.getValue())) ? "" : ": " + e.getValue());
        return invalid(List.of(new FieldError(e.getName(), message)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e,
                                                   HttpServletRequest request) throws Exception {
        onlyForTheApi(e, request);
        return invalid(List.of(new FieldError(e.getParameterName(), "Required")));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request)
            throws Exception {
        onlyForTheApi(e, request);
        return invalid(List.of(new FieldError(e.getRequestPartName(), "Required")));
    }

    /**
     * Spring MVC's own refusals (405 with {@code Allow}, 406, 415, 404 for an unknown path, 413, ...) keep their
     * status and headers; anything else is a 500 without its details, logged here.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) throws Exception {
        onlyForTheApi(e, request);
        if (e instanceof ErrorResponse response && !response.getStatusCode().is5xxServerError()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(response.getStatusCode(),
                    response.getBody().getDetail());
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Nothing was saved; try again later."));
    }

    private static ResponseEntity<ProblemDetail> invalid(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has " + errors.size() + (errors.size() == 1 ? " error" : " errors"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors.stream().map(ApiProblemHandler::asMap).toList());
        return problem(problem);
    }

    /** Always problem+json, also when the client's Accept header named something else or could not be read. */
    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatusCode.valueOf(problem.getStatus()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Outside the API (the UI's own MVC endpoints, Swagger UI) Spring's default handling stays. */
    private static void onlyForTheApi(Exception e, HttpServletRequest request) throws Exception {
        if (!ApiWebConfiguration.isApiPath(request)) {
            throw e;
        }
    }

    private static Map<String, Object> asMap(FieldError error) {
        return error.line() == null
                ? Map.of("field", error.field(), "message", error.message())
                : Map.of("line", error.line(), "field", error.field(), "message", error.message());
    }
}
