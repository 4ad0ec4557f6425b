package org.csucasework.casehistory;

import java.util.Optional;
import org.csucasework.shared.NotFoundException;

/**
 * Implemented by the module that owns a kind of case (a Spring bean): it alone decides who may see one of its cases,
 * and so who may read its history, add notes and contacts, attach and download documents. A case the signed-in user
 * may not see is answered exactly like one that does not exist, and the owning module audits the refusal.
 */
public interface CaseAccess {

    /** The kind of case this module owns. */
    CaseKind kind();

    /** The case's reference as people know it (CSU-2026-000123), if it exists; no access check. */
    Optional<String> referenceOf(long caseId);

    /**
     * The id of the case with this reference if the signed-in user may see it; otherwise {@link NotFoundException},
     * the module having audited the refusal.
     */
    long requireVisible(String reference);

    /** The id of the case with this reference, if it exists and the signed-in user may see it. */
    default Optional<Long> visibleCase(String reference) {
        try {
            return Optional.of(requireVisible(reference));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Whether the signed-in user may see the case with this id (and so its history and documents). */
    default boolean maySee(long caseId) {
        return referenceOf(caseId).flatMap(this::visibleCase).isPresent();
    }
}
