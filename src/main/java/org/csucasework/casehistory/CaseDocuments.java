package org.csucasework.casehistory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.apache.tika.mime.MediaType;
import org.csucasework.audit.AuditAction;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.casehistory.internal.CaseDocument;
import org.csucasework.casehistory.internal.CaseDocumentRepository;
import org.csucasework.casehistory.internal.LimitedDigestStream;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Documents attached to a case: photos, diary sheets, statements, PDFs and office documents. Whoever may see the
 * case (its module's {@link CaseAccess}) attaches and downloads them; the type is decided from the content; a file
 * over the limit ({@code casework.documents.max-size}, default 20 MB) is refused before anything is kept; every
 * download is in the audit trail; the attachment is an entry of the case's history.
 */
@Service
public class CaseDocuments {

    /** How much of the start of a file the type detection may read (Tika's magic numbers look no further). */
    private static final int DETECTION_BUFFER = 64 * 1024;

    private final CaseDocumentRepository documents;
    private final DocumentStore store;
    private final CaseHistory history;
    private final UserService users;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxSize;

    CaseDocuments(CaseDocumentRepository documents, DocumentStore store, CaseHistory history, UserService users,
                  AuditTrail audit, Clock clock, @Value("${casework.documents.max-size:20MB}") DataSize maxSize) {
        this.documents = documents;
        this.store = store;
        this.history = history;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxSize = maxSize.toBytes();
    }

    /** The largest file that may be attached, in bytes. */
    public long maxSize() {
        return maxSize;
    }

    /**
     * Attaches a file to a case the signed-in user may see. {@code declaredSize} is what the sender said (-1 when
     * unknown): over the limit it is refused before a byte is read; a sender who understated it is stopped as soon as
     * the stream passes the limit, and nothing is kept.
     */
    @Transactional
    @PreAuthorize(CaseHistory.MAY_WRITE)
    public DocumentInfo attach(CaseRef ref, String fileName, String description, long declaredSize,
                               InputStream content) {
        if (!history.maySee(ref)) {
            throw new NotFoundException("No such " + ref.kind().label().toLowerCase());
        }
        CurrentUser user = users.requireCurrentUser();
        String name = DocumentTypes.safeName(fileName);
        List<FieldError> errors = new ArrayList<>();
        String cleanDescription = description == null || description.isBlank() ? null : description.strip();
        if (cleanDescription != null && cleanDescription.length() > CaseDocument.DESCRIPTION) {
            errors.add(new FieldError("description", "At most " + CaseDocument.DESCRIPTION + " characters"));
        } else if (cleanDescription != null && cleanDescription.indexOf('\0') >= 0) {
            errors.add(new FieldError("description", "Contains a character that cannot be stored"));
        }
        if (content == null) {
            errors.add(new FieldError("file", "Choose a file to attach"));
        } else if (declaredSize > maxSize) {
            errors.add(tooLarge(name));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            BufferedInputStream buffered = new BufferedInputStream(content, DETECTION_BUFFER);
            MediaType type = DocumentTypes.detect(buffered, name);
            String label = DocumentTypes.labelOf(type).orElseThrow(() -> ValidationException.of("file",
                    "\"" + name + "\" cannot be attached: its content is not a type the case record accepts ("
                            + type.getBaseType() + "). Attach " + DocumentTypes.ALLOWED_TEXT + "."));
            CaseDocument document = documents.saveAndFlush(new CaseDocument(ref.kind(), ref.id(), name,
                    type.getBaseType().toString(), cleanDescription, clock.instant(), user.username()));
            LimitedDigestStream counted = new LimitedDigestStream(buffered, maxSize);
            store.write(document.getId(), counted);
            if (counted.count() == 0) {
                throw ValidationException.of("file", "\"" + name + "\" is empty");
            }
            document.stored(counted.count(), counted.sha256());
            history.recordDocument(ref, document.getId(), "Attached " + name + " (" + label + ", "
                    + DocumentTypes.sizeText(counted.count()) + ")"
                    + (cleanDescription == null ? "" : ": " + cleanDescription));
            audit.created(AuditRecordType.DOCUMENT, document.getId(), ref.kind().name() + " "
                    + history.referenceOf(ref));
            return info(document);
        } catch (LimitedDigestStream.TooLarge e) {
            throw new ValidationException(List.of(tooLarge(name)));
        } catch (IOException e) {
            throw ValidationException.of("file", "\"" + name + "\" could not be read to the end. Try again.");
        }
    }

    /** The documents of a case the signed-in user may see, newest first; otherwise "not found". */
    @Transactional(readOnly = true)
    public List<DocumentInfo> documentsOf(CaseRef ref) {
        if (!history.maySee(ref)) {
            throw new NotFoundException("No such " + ref.kind().label().toLowerCase());
        }
        return documents.findByCaseKindAndCaseIdOrderByUploadedAtDescIdDesc(ref.kind(), ref.id()).stream()
                .map(CaseDocuments::info).toList();
    }

    /** The document without its content, if the signed-in user may see its case; otherwise "not found". */
    @Transactional(readOnly = true)
    public DocumentInfo document(long documentId) {
        return info(requireVisible(documentId));
    }

    /**
     * Streams a document to {@code out} for someone who may see its case (otherwise "not found", exactly as for a
     * document that does not exist), after handing its details to {@code beforeContent} (for the response headers).
     * The download is in the audit trail.
     */
    @Transactional(readOnly = true)
    public void download(long documentId, Consumer<DocumentInfo> beforeContent, OutputStream out) {
        CaseDocument document = requireVisible(documentId);
        audit.record(AuditAction.EXPORT, AuditRecordType.DOCUMENT, documentId, "Downloaded from "
                + document.getCaseKind().name() + " " + history.referenceOf(new CaseRef(document.getCaseKind(),
                document.getCaseId())));
        beforeContent.accept(info(document));
        try {
            store.read(documentId, out);
        } catch (IOException e) {
            // The reader went away: nothing to tell them.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For data protection: the documents of these cases (the metadata, for subject access), without access checks:
     * the caller is the data protection service acting for the partnership.
     */
    @Transactional(readOnly = true)
    public List<DocumentInfo> documentsOfCases(CaseKind kind, Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return documents.findAllById(documents.idsOf(kind, caseIds)).stream().map(CaseDocuments::info).toList();
    }

    /**
     * For data protection: removes the documents of these cases, content and metadata (retention of anonymised
     * cases, erasure). The history keeps that a document was attached, without its content. Returns how many.
     */
    @Transactional
    public int removeDocumentsOf(CaseKind kind, Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return 0;
        }
        List<Long> ids = documents.idsOf(kind, caseIds);
        store.delete(ids);
        documents.deleteAllByIdInBatch(ids);
        return ids.size();
    }

    private CaseDocument requireVisible(long documentId) {
        return documents.findById(documentId)
                .filter(d -> history.maySee(new CaseRef(d.getCaseKind(), d.getCaseId())))
                .orElseThrow(() -> new NotFoundException("No document " + documentId));
    }

    private FieldError tooLarge(String name) {
        return new FieldError("file", "\"" + name + "\" is larger than the limit of "
                + DocumentTypes.sizeText(maxSize) + ".");
    }

    private static DocumentInfo info(CaseDocument d) {
        return new DocumentInfo(d.getId(), d.getCaseKind(), d.getCaseId(), d.getFileName(), d.getContentType(),
                DocumentTypes.ALLOWED.getOrDefault(d.getContentType(), d.getContentType()), d.getSizeBytes(),
                d.getSha256(), d.getDescription(), d.getUploadedAt(), d.getUploadedBy());
    }
}
