package org.csucasework.escalation;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.csucasework.casehistory.CaseAccess;
import org.csucasework.casehistory.CaseKind;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationCaseRepository;
import org.springframework.stereotype.Component;

/**
 * Who may see an escalation case's history and documents: whoever may see the case (the CSU, agencies it is shared
 * with). The refusal is audited by the escalation service, which decides it.
 */
@Component
@RequiredArgsConstructor
class EscalationCaseAccess implements CaseAccess {

    private final org.csucasework.escalation.internal.CaseAccess access;
    private final EscalationCaseRepository cases;

    @Override
    public CaseKind kind() {
        return CaseKind.ESCALATION_CASE;
    }

    @Override
    public Optional<String> referenceOf(long caseId) {
        return cases.findById(caseId).map(EscalationCase::getReference);
    }

    @Override
    public long requireVisible(String reference) {
        return access.requireReadable(reference).getId();
    }
}
