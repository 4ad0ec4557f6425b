package org.csucasework.intake;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.csucasework.casehistory.CaseAccess;
import org.csucasework.casehistory.CaseKind;
import org.csucasework.intake.internal.ReportRepository;
import org.springframework.stereotype.Component;

/**
 * Who may see a report's history and documents: whoever may read the report (the CSU, its owning agency and the
 * agencies it is shared with). A refusal is audited by {@link ReportService#requireReadable}.
 */
@Component
@RequiredArgsConstructor
class ReportCaseAccess implements CaseAccess {

    private final ReportService reports;
    private final ReportRepository repository;

    @Override
    public CaseKind kind() {
        return CaseKind.REPORT;
    }

    @Override
    public Optional<String> referenceOf(long caseId) {
        return repository.findById(caseId).map(Report::getReference);
    }

    @Override
    public long requireVisible(String reference) {
        return reports.requireReadable(reference).getId();
    }
}
