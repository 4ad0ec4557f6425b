package org.csucasework.marac.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.csucasework.marac.MaracReferral;
import org.csucasework.marac.ReferralStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MaracReferralRepository extends JpaRepository<MaracReferral, Long> {

    Optional<MaracReferral> findByReference(String reference);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from MaracReferral r where r.reference = :reference")
    Optional<MaracReferral> findByReferenceForUpdate(String reference);

    @Query(value = "select nextval('marac_referral_number_seq')", nativeQuery = true)
    long nextReferralNumber();

    List<MaracReferral> findByStatusInOrderByIdDesc(Collection<ReferralStatus> statuses, Pageable page);

    List<MaracReferral> findByReferrerUsernameOrderByIdDesc(String referrerUsername, Pageable page);

    List<MaracReferral> findByStatusOrderBySubmittedAtAsc(ReferralStatus status);

    /** Referrals made (first submitted) in the period: the annual figure. */
    @Query("select count(r) from MaracReferral r where r.submittedAt >= :from and r.submittedAt < :to")
    long countSubmittedBetween(Instant from, Instant to);

    /** Referrals about these people or with a family name containing the text, newest first (for the search). */
    @Query("select distinct r from MaracReferral r left join r.personIds p where p in :personIds "
            + "or lower(r.familyName) like :familyName order by r.id desc")
    List<MaracReferral> findAbout(Collection<Long> personIds, String familyName, Pageable page);

    /** Referrals in these statuses about any of these people, other than the one given, oldest first. */
    @Query("select distinct r from MaracReferral r join r.personIds p where p in :personIds "
            + "and r.status in :statuses and r.reference <> :except order by r.id")
    List<MaracReferral> findAboutPeople(Collection<Long> personIds, Collection<ReferralStatus> statuses,
                                        String except);
}
