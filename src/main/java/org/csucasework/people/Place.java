package org.csucasework.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A location reports are about: an address or a named place (a park, a lane, a housing close), in a ward. */
@Entity
@Table(name = "place")
public class Place {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "label", nullable = false, length = PeopleFieldLimits.ADDRESS)
    private String label;

    @Column(name = "label_key", nullable = false, length = PeopleFieldLimits.ADDRESS)
    private String labelKey;

    @Column(name = "ward_code", length = 9)
    private String wardCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Place() {
    }

    Place(String label, String wardCode, Instant createdAt) {
        this.label = label.trim();
        this.labelKey = MatchKeys.of(label);
        this.wardCode = wardCode;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getLabel() { return label; }
    public String getWardCode() { return wardCode; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
