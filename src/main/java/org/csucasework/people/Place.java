package org.csucasework.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;

/** A location reports are about: an address or a named place (a park, a lane, a housing close), in a ward. */
@Entity
@Table(name = "place")
public class Place {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter private Long id;

    @Column(name = "label", nullable = false, length = PeopleFieldLimits.ADDRESS)
    @Getter private String label;

    @Column(name = "label_key", nullable = false, length = PeopleFieldLimits.ADDRESS)
    private String labelKey;

    @Column(name = "ward_code", length = 9)
    @Getter private String wardCode;

    @Column(name = "created_at", nullable = false)
    @Getter private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    @Getter private long version;

    protected Place() {
    }

    Place(String label, String wardCode, Instant createdAt) {
        this.label = label.trim();
        this.labelKey = MatchKeys.of(label);
        this.wardCode = wardCode;
        this.createdAt = createdAt;
    }
}
