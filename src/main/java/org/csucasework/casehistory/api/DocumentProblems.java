package org.csucasework.casehistory.api;

import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.casehistory.CaseDocuments;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload the servlet container stopped (over the documents' limit) or could not read is a 4xx problem naming the
 * file field, never a 500. The container's limits follow {@code casework.documents.max-size}.
 *
 * <p>Not limited to {@link CaseDocumentsApiController}: the container stops an upload while the request is read, before
 * Spring MVC has chosen a handler, and an advice limited to a controller type never applies without one. The
 * container's limit is the documents' limit for every upload, so the message holds wherever it is met.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class DocumentProblems {

    private final CaseDocuments documents;

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The file is larger than the limit of " + org.csucasework.casehistory.DocumentTypes
                        .sizeText(documents.maxSize()) + ".");
        problem.setTitle("File too large");
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", problem.getDetail())));
        return problem;
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadable(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The upload could not be read: send the file as multipart/form-data in the field \"file\".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", problem.getDetail())));
        return problem;
    }
}
