package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** The template a stage's document is generated from: a title and a body with placeholders. */
@Entity
@Table(name = "letter_template")
@Getter
public class LetterTemplate extends IdentifiedEntity {

    @Column(nullable = false, length = 40)
    private String stageCode;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, length = 60)
    private String updatedBy;

    @Version
    @Column(nullable = false)
    private long version;

    protected LetterTemplate() {
    }

    public LetterTemplate(String stageCode, String title, String body, Instant updatedAt, String updatedBy) {
        this.stageCode = stageCode;
        this.title = title;
        this.body = body;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public void change(String title, String body, Instant at, String by) {
        this.title = title;
        this.body = body;
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
