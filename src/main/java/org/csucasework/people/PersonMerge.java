package org.csucasework.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;

/** A supervisor's merge of two records, or split of reports off one, with every reference moved (for the undo). */
@Entity
@Table(name = "person_merge")
public class PersonMerge {

    public enum Kind { MERGE, SPLIT }

    /** One reference moved: which module holds it and the module's token for the row. */
    @Embeddable
    public record Move(@Column(name = "module") String module, @Column(name = "token") String token) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    @Getter private Kind kind;

    @Column(name = "from_person_id", nullable = false)
    @Getter private Long fromPersonId;

    @Column(name = "to_person_id", nullable = false)
    @Getter private Long toPersonId;

    @Column(name = "reason", nullable = false)
    @Getter private String reason;

    @Column(name = "done_at", nullable = false)
    @Getter private Instant doneAt;

    @Column(name = "done_by", nullable = false)
    @Getter private String doneBy;

    @Column(name = "undone_at")
    @Getter private Instant undoneAt;

    @Column(name = "undone_by")
    private String undoneBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_merge_move", joinColumns = @JoinColumn(name = "merge_id"))
    private List<Move> moves = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PersonMerge() {
    }

    PersonMerge(Kind kind, Long fromPersonId, Long toPersonId, String reason, Instant doneAt, String doneBy) {
        this.kind = kind;
        this.fromPersonId = fromPersonId;
        this.toPersonId = toPersonId;
        this.reason = reason;
        this.doneAt = doneAt;
        this.doneBy = doneBy;
    }

    void moved(String module, List<String> tokens) {
        tokens.forEach(token -> moves.add(new Move(module, token)));
    }

    void undo(Instant at, String by) {
        if (undoneAt != null) {
            throw new IllegalStateException("Already undone");
        }
        this.undoneAt = at;
        this.undoneBy = by;
    }

    public boolean isUndone() { return undoneAt != null; }
    public List<Move> getMoves() { return List.copyOf(moves); }
}
