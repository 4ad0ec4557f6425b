package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;

/** The template a stage's document is generated from: a title and a body with placeholders. */
@Entity
@Table(name = "letter_template")
@Getter
public class LetterTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "stage_code", nullable = false, length = 40)
    private String stageCode;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "body", nullable = false, length = 8000)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
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
