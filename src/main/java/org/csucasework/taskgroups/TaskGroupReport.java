package org.csucasework.taskgroups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** A report linked to a group: why, when and by whom. */
@Entity
@Table(name = "task_group_report")
@Getter
public class TaskGroupReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "reason", nullable = false, length = 300)
    private String reason;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "linked_by", nullable = false)
    private String linkedBy;

    protected TaskGroupReport() {
    }

    TaskGroupReport(Long groupId, Long reportId, String reason, Instant linkedAt, String linkedBy) {
        this.groupId = groupId;
        this.reportId = reportId;
        this.reason = reason.length() > 300 ? reason.substring(0, 300) : reason;
        this.linkedAt = linkedAt;
        this.linkedBy = linkedBy;
    }
}
