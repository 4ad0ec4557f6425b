package org.csucasework.escalation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.csucasework.escalation.CaseStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EscalationCaseRepository extends JpaRepository<EscalationCase, Long> {

    Optional<EscalationCase> findByReference(String reference);

    Optional<EscalationCase> findByReferralId(Long referralId);

    Optional<EscalationCase> findFirstByPersonIdAndStatus(Long personId, CaseStatus status);

    List<EscalationCase> findByPersonIdInAndStatus(Collection<Long> personIds, CaseStatus status);

    @Query("select c from EscalationCase c where c.status = :status order by c.createdAt")
    List<EscalationCase> findByStatus(CaseStatus status, Pageable page);

    @Query("select c from EscalationCase c where c.status = :status and exists (select s from CaseShare s "
            + "where s.caseId = c.id and s.agencyCode = :agencyCode) order by c.createdAt")
    List<EscalationCase> findSharedWith(String agencyCode, CaseStatus status, Pageable page);

    @Query(value = "select nextval('escalation_case_number_seq')", nativeQuery = true)
    long nextCaseNumber();

    /** Cases about these people, newest first (for the search). */
    @Query("select c from EscalationCase c where c.personId in :personIds order by c.createdAt desc")
    List<EscalationCase> findAbout(Collection<Long> personIds, Pageable page);
}
