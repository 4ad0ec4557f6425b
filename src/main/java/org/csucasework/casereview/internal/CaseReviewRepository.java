package org.csucasework.casereview.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.csucasework.casereview.CaseReview;
import org.csucasework.casereview.CaseReviewStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseReviewRepository extends JpaRepository<CaseReview, Long> {

    Optional<CaseReview> findByReference(String reference);

    Optional<CaseReview> findByCreatedByAndIdempotencyKey(String createdBy, String idempotencyKey);

    List<CaseReview> findByStatusInOrderByAppliedOnAscIdAsc(Collection<CaseReviewStatus> statuses, Pageable page);

    @Query("select c from CaseReview c order by c.appliedOn desc, c.id desc")
    List<CaseReview> newestFirst(Pageable page);

    @Query(value = "select id from case_review where reference = :reference for update", nativeQuery = true)
    List<Long> lockByReference(String reference);

    @Query(value = "select nextval('case_review_number_seq')", nativeQuery = true)
    long nextNumber();

    // The published figures (s104(10)), counted by the database over a period of application dates.

    @Query("select count(c) from CaseReview c where c.appliedOn between :from and :to")
    long countApplied(LocalDate from, LocalDate to);

    @Query("select count(c) from CaseReview c where c.appliedOn between :from and :to and c.thresholdMet = false")
    long countThresholdNotMet(LocalDate from, LocalDate to);

    @Query("select count(c) from CaseReview c where c.appliedOn between :from and :to and c.reviewHeldAt is not null")
    long countReviewsCarriedOut(LocalDate from, LocalDate to);

    @Query("select count(c) from CaseReview c where c.appliedOn between :from and :to "
            + "and c.reviewHeldAt is not null and c.recommendations > 0")
    long countReviewsWithRecommendations(LocalDate from, LocalDate to);

    /** Applied-on and decided-at pairs of the period's decided applications, for the time to decision. */
    @Query("select c from CaseReview c where c.appliedOn between :from and :to and c.decidedAt is not null")
    List<CaseReview> decidedIn(LocalDate from, LocalDate to);
}
