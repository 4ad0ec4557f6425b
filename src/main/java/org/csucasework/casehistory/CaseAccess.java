package org.csucasework.casehistory;

import java.util.Optional;

/**
 * Implemented by the module that owns a kind of case (a Spring bean): it alone decides who may see one of its cases,
 * and so who may read its history, add notes and contacts, attach and download documents. A case the signed-in user
 * may not see is answered exactly like one that does not exist, and the owning module audits the refusal.
 */
public interface CaseAccess {

    /** The kind of case this module owns. */
    CaseKind kind();

    /** The id of the case with this reference, if it exists and the signed-in user may see it. */
    Optional<Long> visibleCase(String reference);

    /** Whether the signed-in user may see the case with this id (and so its history and documents). */
    boolean maySee(long caseId);

    /** The case's reference as people know it (CSU-2026-000123), for the audit trail and the screens. */
    String referenceOf(long caseId);
}
