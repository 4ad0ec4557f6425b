package org.csucasework.audit;

import java.sql.Timestamp;
import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.csucasework.audit.internal.AuditWriter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Writes the audit trail: one INSERT per event, the user taken from the security context. Services call it when a
 * record is opened or changed, and when they refuse someone.
 *
 * <p>A change is written in the caller's transaction, so it is recorded exactly when the change itself commits. A
 * view happens in a read-only transaction (or none), and a refusal usually rolls its transaction back: those are
 * kept whatever the caller's transaction does, written in a short transaction of their own once the caller's has
 * ended, so that no request ever needs a second database connection while it holds one ({@code AuditWriter}).
 *
 * <p>Record references are ids or case references, never names: the trail must not become a second copy of the
 * personal data it guards. Reasons are what the user typed when asked why (sharing, closing, an export).
 */
@Service
@RequiredArgsConstructor
public class AuditTrail {

    static final String SYSTEM = "system";

    private final AuditWriter writer;
    private final Clock clock;

    /** The signed-in user opened a record. */
    public void viewed(AuditRecordType type, Object recordRef) {
        record(AuditAction.VIEW, type, recordRef, null);
    }

    /** The signed-in user created a record. */
    public void created(AuditRecordType type, Object recordRef, String reason) {
        record(AuditAction.CREATE, type, recordRef, reason);
    }

    /** The signed-in user changed a record; {@code what} says how (and why, where a reason was given). */
    public void changed(AuditRecordType type, Object recordRef, String what) {
        record(AuditAction.CHANGE, type, recordRef, what);
    }

    /** The signed-in user was refused a record or an operation. Kept even when the caller's transaction rolls back. */
    public void refused(AuditRecordType type, Object recordRef, String reason) {
        recordAs(currentUsername(), AuditAction.DENIED, type, recordRef, reason, true);
    }

    /** Records an event by the signed-in user (or "system" when nobody is signed in: a background job). */
    public void record(AuditAction action, AuditRecordType type, Object recordRef, String reason) {
        recordAs(currentUsername(), action, type, recordRef, reason, false);
    }

    /**
     * Records an event for a named user who is not (yet) in the security context: logins and failed logins. Kept
     * whatever the caller's transaction does.
     */
    public void recordFor(String username, AuditAction action, AuditRecordType type, Object recordRef, String reason) {
        recordAs(username, action, type, recordRef, reason, true);
    }

    private void recordAs(String username, AuditAction action, AuditRecordType type, Object recordRef, String reason,
                          boolean alwaysKeep) {
        Object[] row = {Timestamp.from(clock.instant()), cut(username == null ? SYSTEM : username, 60),
                action.name(), type.name(), recordRef == null ? null : cut(String.valueOf(recordRef), 200),
                reason == null || reason.isBlank() ? null : cut(reason.strip(), 500)};
        if (!alwaysKeep && AuditWriter.inWritableTransaction()) {
            writer.writeInCallersTransaction(row);
        } else {
            writer.writeOnItsOwn(row);
        }
    }

    static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
