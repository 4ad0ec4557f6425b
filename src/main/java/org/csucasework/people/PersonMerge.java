package org.csucasework.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** A supervisor's merge of two records, or split of reports off one, with every reference moved (for the undo). */
@Entity
@Table(name = "person_merge")
public class PersonMerge extends IdentifiedEntity {

    public enum Kind { MERGE, SPLIT }

    /** One reference moved: which module holds it and the module's token for the row. */
    @Embeddable
    public record Move(@Column(name = "module") String module, @Column(name = "token") String token) {
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private Kind kind;

    @Column(nullable = false)
    @Getter private Long fromPersonId;

    @Column(nullable = false)
    @Getter private Long toPersonId;

    @Column(nullable = false)
    @Getter private String reason;

    @Column(nullable = false)
    @Getter private Instant doneAt;

    @Column(nullable = false)
    @Getter private String doneBy;

    @Getter private Instant undoneAt;

    private String undoneBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_merge_move", joinColumns = @JoinColumn(name = "merge_id"))
    private List<Move> moves = new ArrayList<>();

    @Version
    @Column(nullable = false)
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
