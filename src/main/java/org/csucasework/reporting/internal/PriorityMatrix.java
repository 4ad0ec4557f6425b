package org.csucasework.reporting.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** The priority ranking matrix of one Strategic Assessment year, edited as a whole (one version for all rows). */
@Entity
@Table(name = "priority_matrix")
public class PriorityMatrix extends IdentifiedEntity {

    @Column(name = "assessment_year", nullable = false)
    @Getter private int year;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "matrix_id", nullable = false)
    @OrderBy("position")
    private List<PriorityIssue> issues = new ArrayList<>();

    @Column(nullable = false)
    @Getter private Instant updatedAt;

    @Column(nullable = false, length = 60)
    @Getter private String updatedBy;

    @Version
    @Column(nullable = false)
    @Getter private long version;

    protected PriorityMatrix() {
    }

    public PriorityMatrix(int year) {
        this.year = year;
    }

    /** Replaces every issue; the matrix row changes too, so that its version moves on with every save. */
    public void replaceIssues(List<PriorityIssue> newIssues, Instant at, String by) {
        issues.clear();
        for (int i = 0; i < newIssues.size(); i++) {
            newIssues.get(i).placeAt(i);
            issues.add(newIssues.get(i));
        }
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public List<PriorityIssue> getIssues() { return List.copyOf(issues); }
}
