package org.csucasework.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.csucasework.shared.Role;

/** A person who signs in: one partner agency, one or more roles. The password is only ever stored as a bcrypt hash. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, length = UserFieldLimits.USERNAME)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = UserFieldLimits.FULL_NAME)
    private String fullName;

    @Column(name = "email", length = UserFieldLimits.EMAIL)
    private String email;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

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

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public Long getAgencyId() { return agencyId; }
    public boolean isEnabled() { return enabled; }
    public Instant getLockedUntil() { return lockedUntil; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }

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
