package org.csucasework.intake.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportStatus;
import org.csucasework.intake.SubjectRole;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ReportRepository extends JpaRepository<Report, Long>, JpaSpecificationExecutor<Report> {

    /** Open reports per case officer, with those received before a moment: [officer, open, older]. */
    @Query("select r.caseOfficer, count(r), sum(case when r.receivedAt < :olderThan then 1 else 0 end) "
            + "from Report r where r.status in :open group by r.caseOfficer")
    List<Object[]> caseloads(Collection<ReportStatus> open, Instant olderThan);


    Optional<Report> findByReference(String reference);

    Optional<Report> findByCreatedByAndIdempotencyKey(String createdBy, String idempotencyKey);

    boolean existsByReference(String reference);

    List<Report> findByReferenceIn(Collection<String> references);

    @Query("select count(r) from Report r where r.placeId = :placeId and r.receivedAt >= :from and r.receivedAt <= :to")
    long countAtPlace(Long placeId, Instant from, Instant to);

    @Query("select count(distinct s.report.id) from ReportSubject s where s.personId = :personId "
            + "and s.report.receivedAt >= :from and s.report.receivedAt <= :to")
    long countAboutPerson(Long personId, Instant from, Instant to);

    /*
     * A person's reports are found through a union of the two indexed ways in (as reporter, as a person involved),
     * never with "reporter = ? or exists (...)": PostgreSQL cannot use an index for that OR and walked every report
     * (1.4 s a history at a million reports, against 1 ms this way; docs/benchmarks.md).
     */
    String PERSONS_REPORT_IDS = "select id from report where reporter_person_id = :personId "
            + "union select report_id from report_subject where person_id = :personId";

    /**
     * Reports a person made or was the victim in, received between the two times: the complaints the ASB Case Review
     * rule looks at when the repeat detector asks whether this person could apply (through the indexed ways in).
     */
    @Query(value = "select r.* from report r where r.received_at >= :from and r.received_at <= :to and r.id in ("
            + "select id from report where reporter_person_id = :personId and received_at >= :from "
            + "union select report_id from report_subject where person_id = :personId and role = 'VICTIM') "
            + "order by r.received_at", nativeQuery = true)
    List<Report> fromReporterOrVictim(Long personId, Instant from, Instant to);

    @Query("select r from Report r where r.placeId = :placeId and r.receivedAt >= :from and r.receivedAt <= :to "
            + "order by r.receivedAt desc")
    List<Report> atPlaceBetween(Long placeId, Instant from, Instant to, Pageable page);

    @Query("select r from Report r where r.status <> :closed and r.placeId = :placeId order by r.receivedAt desc")
    List<Report> findOpenAtPlace(Long placeId, ReportStatus closed, Pageable page);

    @Query("select r from Report r where r.status <> :closed and exists (select s from ReportSubject s "
            + "where s.report = r and s.personId in :personIds) order by r.receivedAt desc")
    List<Report> findOpenAboutPeople(Collection<Long> personIds, ReportStatus closed, Pageable page);

    List<Report> findByLinkedReportIdOrderByReceivedAt(Long linkedReportId);

    @Query("select r from Report r where r.placeId = :placeId order by r.receivedAt desc")
    List<Report> historyOfPlace(Long placeId, Pageable page);

    @Query(value = "select r.* from report r where r.id in (" + PERSONS_REPORT_IDS + ") order by r.received_at desc",
            nativeQuery = true)
    List<Report> historyOfPerson(Long personId, Pageable page);

    /** As {@link #historyOfPlace}, only the reports an agency owns or that are shared with it. */
    @Query("select r from Report r where r.placeId = :placeId and (r.owningAgencyCode = :agencyCode or exists "
            + "(select s from ReportShare s where s.reportId = r.id and s.agencyCode = :agencyCode)) "
            + "order by r.receivedAt desc")
    List<Report> historyOfPlaceVisibleToAgency(Long placeId, String agencyCode, Pageable page);

    /** As {@link #historyOfPerson}, only the reports an agency owns or that are shared with it. */
    @Query(value = "select r.* from report r where r.id in (" + PERSONS_REPORT_IDS + ") and (r.owning_agency_code = "
            + ":agencyCode or exists (select 1 from report_share s where s.report_id = r.id "
            + "and s.agency_code = :agencyCode)) order by r.received_at desc", nativeQuery = true)
    List<Report> historyOfPersonVisibleToAgency(Long personId, String agencyCode, Pageable page);

    List<Report> findByStatusOrderByReceivedAt(ReportStatus status, Pageable page);

    /** As {@link #findByStatusOrderByReceivedAt}, only the reports an agency owns or that are shared with it. */
    @Query("select r from Report r where r.status = :status and (r.owningAgencyCode = :agencyCode or exists "
            + "(select s from ReportShare s where s.reportId = r.id and s.agencyCode = :agencyCode)) "
            + "order by r.receivedAt")
    List<Report> findByStatusVisibleToAgency(ReportStatus status, String agencyCode, Pageable page);

    @Query("select r from Report r where r.status in :open and (r.taskAndFinishSuggested = true "
            + "or r.caseReviewThreshold = true) order by r.receivedAt desc")
    List<Report> findOpenFlagged(Collection<ReportStatus> open, Pageable page);

    /** As {@link #findOpenFlagged}, only the reports an agency owns or that are shared with it. */
    @Query("select r from Report r where r.status in :open and (r.taskAndFinishSuggested = true "
            + "or r.caseReviewThreshold = true) and (r.owningAgencyCode = :agencyCode or exists "
            + "(select s from ReportShare s where s.reportId = r.id and s.agencyCode = :agencyCode)) "
            + "order by r.receivedAt desc")
    List<Report> findOpenFlaggedVisibleToAgency(Collection<ReportStatus> open, String agencyCode, Pageable page);

    @Query("select r from Report r where r.status in :open order by r.receivedAt")
    List<Report> findOpenOldestFirst(Collection<ReportStatus> open, Pageable page);

    long countByStatus(ReportStatus status);

    /** Locks the report's row until the transaction ends (see {@code ReportService.lockForChange}). */
    @Query(value = "select id from report where reference = :reference for update", nativeQuery = true)
    List<Long> lockByReference(String reference);

    List<Report> findByHighRiskTrueAndStatusInOrderByReceivedAt(java.util.Collection<ReportStatus> statuses,
                                                                org.springframework.data.domain.Pageable page);

    @Query(value = "select id from report where id = :id for update", nativeQuery = true)
    List<Long> lockById(Long id);

    @Query(value = "select nextval('report_number_seq')", nativeQuery = true)
    long nextReportNumber();

    /**
     * [person id, report id, possible hate incident] for each report received in the period in which one of these
     * people was the (named) reporter, a victim or a complainant: what makes a repeat victim or a possible hate
     * incident (as {@link Report#isPossibleHateIncident}).
     */
    @Query(value = "select x.person_id, r.id, (r.possible_hate_incident or r.category_code = :hateCategory) "
            + "from report r join ("
            + "select reporter_person_id as person_id, id as report_id from report "
            + "where reporter_person_id in (:personIds) and anonymous = false "
            + "union select person_id, report_id from report_subject "
            + "where person_id in (:personIds) and role in ('VICTIM', 'COMPLAINANT')) x on x.report_id = r.id "
            + "where r.received_at >= :from and r.received_at <= :to", nativeQuery = true)
    List<Object[]> asReporterVictimOrComplainant(Collection<Long> personIds, String hateCategory, Instant from,
                                                 Instant to);
}
