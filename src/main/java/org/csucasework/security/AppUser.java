package org.csucasework.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;
import org.csucasework.shared.Role;

/** A person who signs in: one partner agency, one or more roles. The password is only ever stored as a bcrypt hash. */
@Entity
@Table(name = "app_user")
public class AppUser extends IdentifiedEntity {

    @Column(nullable = false, length = UserFieldLimits.USERNAME)
    @Getter private String username;

    @Column(nullable = false)
    private String passwordHash;

    @Column(nullable = false, length = UserFieldLimits.FULL_NAME)
    @Getter private String fullName;

    @Column(length = UserFieldLimits.EMAIL)
    @Getter private String email;

    @Column(nullable = false)
    @Getter private Long agencyId;

    @Column(nullable = false)
    @Getter private boolean enabled = true;

    @Column(nullable = false)
    @Getter private int failedLogins;

    @Getter private Instant lockedUntil;

    @Column(nullable = false)
    @Getter private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = new HashSet<>();

    @Version
    @Column(nullable = false)
    @Getter private long version;

    protected AppUser() {
    }

    AppUser(String username, String passwordHash, String fullName, String email, Long agencyId, Set<Role> roles,
            Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.email = email;
        this.agencyId = agencyId;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** The bcrypt hash, for Spring Security's password check only. */
    public String getPasswordHashForLogin() { return passwordHash; }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changeDetails(String fullName, String email, Long agencyId, Set<Role> roles) {
        this.fullName = fullName;
        this.email = email;
        this.agencyId = agencyId;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Counts a failed login; at {@code maxAttempts} in a row the account locks until {@code lockUntil}. */
    void recordFailedLogin(int maxAttempts, Instant lockUntil) {
        failedLogins++;
        if (failedLogins >= maxAttempts) {
            lockedUntil = lockUntil;
            failedLogins = 0;
        }
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
