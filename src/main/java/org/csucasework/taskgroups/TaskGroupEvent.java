package org.csucasework.taskgroups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a group's timeline: who did what, when. Append-only. */
@Entity
@Table(name = "task_group_event")
public class TaskGroupEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "detail", length = 2000)
    private String detail;

    protected TaskGroupEvent() {
    }

    TaskGroupEvent(Long groupId, Instant occurredAt, String actor, String kind, String detail) {
        this.groupId = groupId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }

    public Long getId() { return id; }
    public Long getGroupId() { return groupId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getKind() { return kind; }
    public String getDetail() { return detail; }
}
