package org.csucasework.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** A person who appears in reports: reporter, victim, complainant, alleged perpetrator or witness. */
@Entity
@Table(name = "person")
public class Person extends IdentifiedEntity {

    @Column(nullable = false, length = PeopleFieldLimits.NAME)
    @Getter private String fullName;

    @Column(nullable = false, length = PeopleFieldLimits.NAME)
    @Getter private String nameKey;

    @Getter private LocalDate dateOfBirth;

    @Column(length = PeopleFieldLimits.PHONE)
    @Getter private String phone;

    @Column(length = PeopleFieldLimits.EMAIL)
    @Getter private String email;

    @Column(length = PeopleFieldLimits.ADDRESS)
    @Getter private String address;

    @Column(nullable = false)
    @Getter private Instant createdAt;

    // Match keys (NameSounds), kept with the details they come from so that possible matches are found by index.
    @Column(length = 40)
    @Getter private String nameSound;

    @Column(length = PeopleFieldLimits.PHONE)
    @Getter private String phoneKey;

    @Column(length = PeopleFieldLimits.EMAIL)
    @Getter private String emailKey;

    @Column(length = PeopleFieldLimits.ADDRESS)
    @Getter private String addressKey;

    /** The record this one was merged into by a supervisor; null for a record in use. */
    @Getter private Long mergedIntoId;

    /** Set by erasure and retention (data protection), which write with SQL; read here to leave such records out. */
    @Column(insertable = false, updatable = false)
    private java.time.LocalDateTime anonymisedAt;

    @Version
    @Column(nullable = false)
    @Getter private long version;

    protected Person() {
    }

    Person(String fullName, LocalDate dateOfBirth, String phone, String email, String address, Instant createdAt) {
        this.fullName = fullName.trim();
        this.nameKey = MatchKeys.of(fullName);
        this.dateOfBirth = dateOfBirth;
        this.phone = phone;
        this.email = email;
        this.address = address;
        this.createdAt = createdAt;
        updateKeys();
    }

    private void updateKeys() {
        this.nameSound = NameSounds.of(fullName);
        this.phoneKey = NameSounds.phoneKey(phone);
        this.emailKey = NameSounds.emailKey(email);
        this.addressKey = NameSounds.addressKey(address);
    }

    public boolean isAnonymised() { return anonymisedAt != null; }

    /** Merged into another record: no longer offered, listed or linked to new reports. */
    void mergeInto(Long keptId) {
        if (keptId == null || keptId.equals(getId())) {
            throw new IllegalArgumentException("A record cannot be merged into itself");
        }
        this.mergedIntoId = keptId;
    }

    /** The merge undone: the record is in use again. */
    void unmerge() {
        this.mergedIntoId = null;
    }

    /** Fills in contact details the person did not have yet; never overwrites what was recorded before. */
    /** Replaces the phone and e-mail with the ones given (a null keeps the current one); true when one changed. */
    boolean replaceContact(String newPhone, String newEmail) {
        boolean changed = false;
        if (newPhone != null && !newPhone.equals(phone)) {
            phone = newPhone;
            changed = true;
        }
        if (newEmail != null && !newEmail.equals(email)) {
            email = newEmail;
            changed = true;
        }
        return changed;
    }

    void addMissingDetails(LocalDate dateOfBirth, String phone, String email, String address) {
        if (this.dateOfBirth == null) this.dateOfBirth = dateOfBirth;
        if (this.phone == null) this.phone = phone;
        if (this.email == null) this.email = email;
        if (this.address == null) this.address = address;
        updateKeys();
    }
}
