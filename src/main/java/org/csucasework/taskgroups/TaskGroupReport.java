package org.csucasework.taskgroups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** A report linked to a group: why, when and by whom. */
@Entity
@Table(name = "task_group_report")
@Getter
public class TaskGroupReport extends IdentifiedEntity {

    @Column(nullable = false)
    private Long groupId;

    @Column(nullable = false)
    private Long reportId;

    @Column(nullable = false, length = 300)
    private String reason;

    @Column(nullable = false)
    private Instant linkedAt;

    @Column(nullable = false)
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
