package org.csucasework.marac.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.csucasework.marac.AgendaItem;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderById(Long meetingId);

    List<AgendaItem> findByReferralIdOrderById(Long referralId);

    Optional<AgendaItem> findByMeetingIdAndReferralId(Long meetingId, Long referralId);

    /** Cases discussed (a decision taken) at meetings held in the period: the annual figure. */
    @Query("select count(i) from AgendaItem i, MaracMeeting m where i.meetingId = m.id"
            + " and m.status = org.csucasework.shared.MeetingStatus.HELD and i.decision is not null"
            + " and m.meetingDate between :from and :to")
    long countDiscussedBetween(LocalDate from, LocalDate to);
}
