package org.csucasework.reporting.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** A community safety issue in a priority ranking matrix with its score on each criterion. */
@Entity
@Table(name = "priority_issue")
public class PriorityIssue extends IdentifiedEntity {

    public static final int NAME_LENGTH = 200;

    @Column(nullable = false)
    @Getter private int position;

    @Column(nullable = false, length = NAME_LENGTH)
    @Getter private String name;

    @Column(length = 2000)
    private String categoryCodes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "priority_score", joinColumns = @JoinColumn(name = "issue_id"))
    @MapKeyColumn(name = "criterion_code")
    @Column(name = "score", nullable = false)
    private Map<String, Integer> scores = new HashMap<>();

    protected PriorityIssue() {
    }

    public PriorityIssue(String name, List<String> categoryCodes, Map<String, Integer> scores) {
        this.name = name;
        this.categoryCodes = categoryCodes == null || categoryCodes.isEmpty() ? null : String.join(",", categoryCodes);
        this.scores = new HashMap<>(scores);
    }

    void placeAt(int position) {
        this.position = position;
    }

    public Map<String, Integer> getScores() { return Map.copyOf(scores); }

    public List<String> getCategoryCodes() {
        return categoryCodes == null || categoryCodes.isBlank() ? List.of() : Arrays.asList(categoryCodes.split(","));
    }
}
