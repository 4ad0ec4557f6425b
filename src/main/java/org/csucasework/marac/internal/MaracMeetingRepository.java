package org.csucasework.marac.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.csucasework.marac.MaracMeeting;
import org.csucasework.shared.MeetingStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MaracMeetingRepository extends JpaRepository<MaracMeeting, Long> {

    List<MaracMeeting> findByMeetingDateBetweenOrderByMeetingDateAsc(LocalDate from, LocalDate to);

    List<MaracMeeting> findAllByOrderByMeetingDateDesc();

    /** The first meeting still to be held whose referral deadline is on or after the day. */
    Optional<MaracMeeting> findFirstByStatusAndReferralDeadlineGreaterThanEqualOrderByMeetingDateAsc(
            MeetingStatus status, LocalDate day);

    /** The first meeting still to be held after the day. */
    Optional<MaracMeeting> findFirstByStatusAndMeetingDateGreaterThanOrderByMeetingDateAsc(MeetingStatus status,
                                                                                           LocalDate day);

    boolean existsByMeetingDate(LocalDate day);

    long countByStatus(MeetingStatus status);

    @Query("select count(m) from MaracMeeting m where m.status = org.csucasework.shared.MeetingStatus.HELD"
            + " and m.meetingDate between :from and :to")
    long countHeldBetween(LocalDate from, LocalDate to);
}
