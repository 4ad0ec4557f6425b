package org.csucasework.taskgroups;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.csucasework.casehistory.CaseAccess;
import org.csucasework.casehistory.CaseKind;
import org.csucasework.taskgroups.internal.TaskGroupRepository;
import org.springframework.stereotype.Component;

/**
 * Who may see a Task and Finish Group's history and documents: whoever may see the group (the CSU, its member
 * agencies). A refusal is audited by {@link GroupRecords#requireVisible}.
 */
@Component
@RequiredArgsConstructor
class GroupCaseAccess implements CaseAccess {

    private final GroupRecords records;
    private final TaskGroupRepository repository;

    @Override
    public CaseKind kind() {
        return CaseKind.TASK_GROUP;
    }

    @Override
    public Optional<String> referenceOf(long caseId) {
        return repository.findById(caseId).map(TaskGroup::getReference);
    }

    @Override
    public long requireVisible(String reference) {
        return records.requireVisible(reference).getId();
    }
}
