package org.csucasework.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** A location reports are about: an address or a named place (a park, a lane, a housing close), in a ward. */
@Entity
@Table(name = "place")
public class Place extends IdentifiedEntity {

    @Column(nullable = false, length = PeopleFieldLimits.ADDRESS)
    @Getter private String label;

    @Column(nullable = false, length = PeopleFieldLimits.ADDRESS)
    private String labelKey;

    @Column(length = 9)
    @Getter private String wardCode;

    @Column(nullable = false)
    @Getter private Instant createdAt;

    @Version
    @Column(nullable = false)
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
