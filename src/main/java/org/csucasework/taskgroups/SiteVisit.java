package org.csucasework.taskgroups;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/**
 * A partnership site visit: several agencies visiting a place together, for a group when there is one. Follow-up
 * actions of a visit for a group are the group's actions ({@code site_visit_action}); without a group they are text.
 */
@Entity
@Table(name = "site_visit")
public class SiteVisit extends IdentifiedEntity {

    @Column(nullable = false)
    @Getter private Long placeId;

    @Getter private Long groupId;

    @Column(nullable = false)
    @Getter private LocalDate visitDate;

    @Column(nullable = false, length = TaskGroupFieldLimits.FINDINGS)
    @Getter private String findings;

    @Column(length = TaskGroupFieldLimits.FOLLOW_UP)
    @Getter private String followUp;

    @Column(nullable = false)
    @Getter private Instant createdAt;

    @Column(nullable = false)
    @Getter private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_visit_agency", joinColumns = @JoinColumn(name = "site_visit_id"))
    @Column(name = "agency_code", nullable = false)
    private Set<String> agencies = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_visit_action", joinColumns = @JoinColumn(name = "site_visit_id"))
    @Column(name = "action_id", nullable = false)
    private Set<Long> actionIds = new TreeSet<>();

    @Version
    @Column(nullable = false)
    @Getter private long version;

    protected SiteVisit() {
    }

    SiteVisit(Long placeId, Long groupId, LocalDate visitDate, Set<String> agencies, String findings, String followUp,
              Instant createdAt, String createdBy) {
        this.placeId = placeId;
        this.groupId = groupId;
        this.visitDate = visitDate;
        this.agencies = new TreeSet<>(agencies);
        this.findings = findings;
        this.followUp = followUp;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void addAction(Long actionId) {
        actionIds.add(actionId);
    }

    public Set<String> getAgencies() { return Set.copyOf(agencies); }
    public Set<Long> getActionIds() { return Set.copyOf(actionIds); }
}
