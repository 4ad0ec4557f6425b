package org.csucasework.casehistory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csucasework.casehistory.internal.HistoryEntry;
import org.csucasework.casehistory.internal.HistoryEntryRepository;
import org.csucasework.security.CurrentUser;
import org.csucasework.shared.Role;
import org.csucasework.security.UserService;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one history of every case. Owning modules {@link #record} what happens to their cases (they have checked who
 * may do it); anyone who may see a case (its module's {@link CaseAccess} says) reads its history and adds notes and
 * contacts to it.
 */
@Service
public class CaseHistory {

    /** Who may write into a case's history (notes, contacts, documents): the officers who work cases. */
    static final String MAY_WRITE = "hasAnyRole('CASEWORKER', 'SUPERVISOR', 'PARTNER')";

    /** How far ahead of now a contact may be dated: a clock a little fast, not a contact planned for next week. */
    private static final Duration CONTACT_CLOCK_SLACK = Duration.ofMinutes(5);

    private final HistoryEntryRepository entries;
    private final ObjectProvider<CaseAccess> accesses;
    private volatile Map<CaseKind, CaseAccess> access;
    private final UserService users;
    private final Clock clock;

    /**
     * The owning modules' services record into the history and their {@link CaseAccess} beans use those services:
     * the access beans are looked up on first use, not at construction, so that neither waits for the other.
     */
    CaseHistory(HistoryEntryRepository entries, ObjectProvider<CaseAccess> accesses, UserService users, Clock clock) {
        this.entries = entries;
        this.accesses = accesses;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Records something that happened to a case, as the signed-in user (or "system" for a background job), in the
     * caller's transaction. The caller has checked that it may happen; the entry's kind follows from the code
     * ({@link EntryKind#ofCode}). Text longer than the history keeps is cut, never refused.
     */
    @Transactional
    public void record(CaseRef ref, String code, String detail) {
        record(ref, actor(), code, detail);
    }

    /** Records something done by a named user (a process step completed for them, an import). */
    @Transactional
    public void record(CaseRef ref, String actor, String code, String detail) {
        entries.save(HistoryEntry.event(ref.kind(), ref.id(), EntryKind.ofCode(code), clock.instant(), actor, code,
                detail));
    }

    /** Records a document attached to the case (called by the documents service once the file is stored). */
    @Transactional
    public void recordDocument(CaseRef ref, long documentId, String detail) {
        entries.save(HistoryEntry.document(ref.kind(), ref.id(), clock.instant(), actor(), documentId, detail));
    }

    /** The case with this reference if the signed-in user may see it; otherwise "not found", whether it exists or not. */
    @Transactional(readOnly = true)
    public CaseRef requireVisible(CaseKind kind, String reference) {
        return accessTo(kind).visibleCase(reference == null ? "" : reference.trim())
                .map(id -> new CaseRef(kind, id))
                .orElseThrow(() -> new NotFoundException("No " + kind.label().toLowerCase() + " " + reference));
    }

    /** Whether the signed-in user may see the case (and so its history and documents). */
    @Transactional(readOnly = true)
    public boolean maySee(CaseRef ref) {
        return accessByKind().containsKey(ref.kind()) && accessTo(ref.kind()).maySee(ref.id());
    }

    /** The case's reference as people know it. */
    @Transactional(readOnly = true)
    public String referenceOf(CaseRef ref) {
        return accessTo(ref.kind()).referenceOf(ref.id()).orElse(String.valueOf(ref.id()));
    }

    /** The case's history, newest first, if the signed-in user may see the case; otherwise "not found". */
    @Transactional(readOnly = true)
    public List<HistoryItem> history(CaseRef ref) {
        requireVisible(ref);
        return entriesOf(ref);
    }

    /**
     * The case's history, newest first, for the module that owns it (which has checked that the user may see the
     * case, for example while building a page or an export).
     */
    @Transactional(readOnly = true)
    public List<HistoryItem> entriesOf(CaseRef ref) {
        List<HistoryEntry> found = entries.findByCaseKindAndCaseIdOrderByOccurredAtDescIdDesc(ref.kind(), ref.id());
        Map<Long, Long> correctedBy = new HashMap<>();
        // Newest first: the first correction met for a note is its latest.
        found.stream().filter(e -> e.getCorrectsId() != null)
                .forEach(e -> correctedBy.putIfAbsent(e.getCorrectsId(), e.getId()));
        Map<String, String> names = new HashMap<>();
        return found.stream().map(e -> item(e, names.computeIfAbsent(e.getActor(), this::nameOf),
                correctedBy.get(e.getId()))).toList();
    }

    /** The same as {@link #entriesOf}, oldest first, for pages and exports that read a case's story forwards. */
    @Transactional(readOnly = true)
    public List<HistoryItem> entriesOldestFirst(CaseRef ref) {
        List<HistoryItem> items = new ArrayList<>(entriesOf(ref));
        java.util.Collections.reverse(items);
        return items;
    }

    /** Whether the signed-in user may add notes and documents to cases ({@link #MAY_WRITE}), for the screens. */
    public boolean mayWrite() {
        return users.currentUser().map(user -> user.hasAny(Role.CASEWORKER, Role.SUPERVISOR, Role.PARTNER))
                .orElse(false);
    }

    /**
     * Adds a note (with a contact, when it records one) to a case the signed-in user may see. A correction names the
     * note it corrects, which must be a note or contact of the same case. Returns the new entry. Officers who work
     * cases only: analysts and administrators read what they may, but write nothing into a case.
     */
    @PreAuthorize(MAY_WRITE)
    @Transactional
    public HistoryItem addNote(CaseRef ref, NewNote note) {
        requireVisible(ref);
        CurrentUser user = users.requireCurrentUser();
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        String text = checkText(note == null ? null : note.text(), "text", HistoryFieldLimits.TEXT, true, errors);
        Long corrects = note == null ? null : note.corrects();
        if (corrects != null) {
            Optional<HistoryEntry> corrected = entries.findByIdAndCaseKindAndCaseId(corrects, ref.kind(), ref.id());
            if (corrected.isEmpty() || !(corrected.get().getEntryKind() == EntryKind.NOTE
                    || corrected.get().getEntryKind() == EntryKind.CONTACT)) {
                errors.add(new FieldError("corrects", "Not a note of this case"));
            }
        }
        NewNote.Contact contact = note == null ? null : note.contact();
        HistoryEntry entry;
        if (contact == null) {
            throwIfAny(errors);
            entry = HistoryEntry.note(ref.kind(), ref.id(), now, user.username(), text, corrects);
        } else {
            String with = checkText(contact.with(), "contact.with", HistoryFieldLimits.CONTACT_WITH, true, errors);
            String outcome = checkText(contact.outcome(), "contact.outcome", HistoryFieldLimits.CONTACT_OUTCOME, true,
                    errors);
            if (contact.method() == null) {
                errors.add(new FieldError("contact.method", "Say how the contact was made"));
            }
            Instant at = contact.at() == null ? now : contact.at();
            if (at.isAfter(now.plus(CONTACT_CLOCK_SLACK))) {
                errors.add(new FieldError("contact.at", "A contact cannot be in the future"));
            } else if (at.isBefore(Instant.parse("2000-01-01T00:00:00Z"))) {
                errors.add(new FieldError("contact.at", "Not a date a contact was made"));
            }
            throwIfAny(errors);
            entry = HistoryEntry.contact(ref.kind(), ref.id(), at, now, user.username(), text, with, contact.method(),
                    outcome, corrects);
        }
        HistoryEntry saved = entries.saveAndFlush(entry);
        return item(saved, user.fullName(), null);
    }

    private void requireVisible(CaseRef ref) {
        if (!maySee(ref)) {
            throw new NotFoundException("No such " + ref.kind().label().toLowerCase());
        }
    }

    private Map<CaseKind, CaseAccess> accessByKind() {
        Map<CaseKind, CaseAccess> known = access;
        if (known == null) {
            known = accesses.orderedStream().collect(Collectors.toMap(CaseAccess::kind, Function.identity()));
            access = known;
        }
        return known;
    }

    private CaseAccess accessTo(CaseKind kind) {
        CaseAccess found = accessByKind().get(kind);
        if (found == null) {
            throw new NotFoundException("No such " + kind.label().toLowerCase());
        }
        return found;
    }

    private static String checkText(String value, String field, int limit, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "Required"));
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > limit) {
            errors.add(new FieldError(field, "At most " + limit + " characters"));
        } else if (trimmed.indexOf('\0') >= 0) {
            errors.add(new FieldError(field, "Contains a character that cannot be stored"));
        }
        return trimmed;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private String actor() {
        return users.currentUser().map(CurrentUser::username).orElse("system");
    }

    private String nameOf(String username) {
        if ("system".equals(username)) {
            return "System";
        }
        return users.findByUsername(username).map(CurrentUser::fullName).orElse(username);
    }

    private static HistoryItem item(HistoryEntry e, String actorName, Long correctedBy) {
        return new HistoryItem(e.getId(), e.getCaseKind(), e.getCaseId(), e.getEntryKind(), e.getOccurredAt(),
                e.getActor(), actorName, e.getCode(), e.getDetail(), e.getContactWith(), e.getContactMethod(),
                e.getContactOutcome(), e.getCorrectsId(), correctedBy, e.getDocumentId());
    }
}
