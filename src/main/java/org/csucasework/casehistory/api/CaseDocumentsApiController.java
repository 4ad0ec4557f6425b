package org.csucasework.casehistory.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.casehistory.CaseDocuments;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.casehistory.DocumentInfo;
import org.csucasework.shared.ValidationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents of a case in the integration API (DESIGN.md section 6): attach (multipart) to a report as section 6
 * lists it, or to any other kind of case under its own address ({@link CasePaths}); download by id.
 */
@RestController
@RequiredArgsConstructor
class CaseDocumentsApiController {

    private static final String DOCUMENTS = "/{reference}/documents";

    private final CaseDocuments documents;
    private final CaseHistory history;

    @PostMapping(path = {CasePaths.REPORTS + DOCUMENTS, CasePaths.TASK_GROUPS + DOCUMENTS,
            CasePaths.ESCALATION_CASES + DOCUMENTS, CasePaths.MARAC_REFERRALS + DOCUMENTS,
            CasePaths.CASE_REVIEWS + DOCUMENTS}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> attach(@PathVariable String reference,
                                               @RequestParam(name = "file", required = false) MultipartFile file,
                                               @RequestParam(name = "description", required = false) String description,
                                               HttpServletRequest http) {
        CaseRef ref = history.requireVisible(CasePaths.kindOf(http), reference);
        if (file == null) {
            throw ValidationException.of("file", "Choose a file to attach");
        }
        DocumentInfo attached;
        try (InputStream content = file.getInputStream()) {
            attached = documents.attach(ref, file.getOriginalFilename(), description, file.getSize(), content);
        } catch (IOException e) {
            throw ValidationException.of("file", "The file could not be read. Try again.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", attached.id());
        body.put("name", attached.name());
        body.put("contentType", attached.contentType());
        body.put("size", attached.size());
        body.put("sha256", attached.sha256());
        body.put("description", attached.description());
        return ResponseEntity.created(URI.create("/api/documents/" + attached.id())).body(body);
    }

    /** The document's content, streamed; 404 when the caller may not see its case. Audited. */
    // The document's own type, whatever it is (the API otherwise answers JSON only: shared.ApiWebConfiguration).
    @GetMapping(value = "/api/documents/{id}", produces = MediaType.ALL_VALUE)
    void download(@PathVariable long id, HttpServletResponse response) throws IOException {
        try {
            documents.download(id, info -> {
                response.setContentType(info.contentType());
                response.setContentLengthLong(info.size());
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(info.name(), StandardCharsets.UTF_8).build().toString());
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Digest", "sha-256=" + info.sha256());
            }, response.getOutputStream());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
