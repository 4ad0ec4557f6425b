package org.csucasework.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.csucasework.audit.AuditAction;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.security.internal.AppUserRepository;
import org.csucasework.security.internal.UserSessions;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * User accounts: the signed-in user for everyone; creating, changing, disabling and resetting for administrators.
 */
@Service
public class UserService {

    private static final Pattern USERNAME = Pattern.compile(UserFieldLimits.USERNAME_PATTERN);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AppUserRepository users;
    private final ReferenceDataService referenceData;
    private final PasswordEncoder passwordEncoder;
    private final UserSessions sessions;
    private final LoginLockoutProperties lockout;
    private final AuditTrail audit;
    private final Clock clock;

    UserService(AppUserRepository users, ReferenceDataService referenceData, PasswordEncoder passwordEncoder,
                UserSessions sessions, LoginLockoutProperties lockout, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.users = users;
        this.referenceData = referenceData;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** The signed-in user, or empty when nobody is signed in. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        String username = authentication.getName();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return users.findByUsername(username).map(this::toCurrentUser);
        }
        // Services ask for the signed-in user at every step (an agenda asks five times); within one transaction the
        // answer cannot change, so it is read once per transaction rather than once per question.
        if (TransactionSynchronizationManager.getResource(SignedInUserOfTransaction.class)
                instanceof SignedInUserOfTransaction known && known.username().equals(username)) {
            return known.user();
        }
        Optional<CurrentUser> user = users.findByUsername(username).map(this::toCurrentUser);
        TransactionSynchronizationManager.unbindResourceIfPossible(SignedInUserOfTransaction.class);
        TransactionSynchronizationManager.bindResource(SignedInUserOfTransaction.class,
                new SignedInUserOfTransaction(username, user));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(SignedInUserOfTransaction.class);
            }
        });
        return user;
    }

    /** The signed-in user as read in the current transaction (see {@link #currentUser}). */
    private record SignedInUserOfTransaction(String username, Optional<CurrentUser> user) {
    }

    /** The signed-in user; for services that must not run without one. */
    public CurrentUser requireCurrentUser() {
        return currentUser().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }

    @Transactional(readOnly = true)
    public Optional<CurrentUser> findByUsername(String username) {
        return users.findByUsername(username).map(this::toCurrentUser);
    }

    /**
     * The enabled accounts, as officers who can be given work (a group's lead, say): name, agency and roles, no
     * contact details. For any signed-in user.
     */
    @Transactional(readOnly = true)
    public List<CurrentUser> activeOfficers() {
        requireCurrentUser();
        return users.findAllByOrderByUsername().stream().filter(AppUser::isEnabled).map(this::toCurrentUser).toList();
    }

    /**
     * The enabled accounts of one agency, by name: the officers an action for that agency can be given to. No
     * contact details; for any signed-in user, as {@link #activeOfficers}. An unknown agency has none.
     */
    @Transactional(readOnly = true)
    public List<CurrentUser> activeOfficersOf(String agencyCode) {
        requireCurrentUser();
        return referenceData.agency(agencyCode).stream()
                .flatMap(agency -> users.findByAgencyIdAndEnabledTrueOrderById(agency.getId()).stream())
                .map(this::toCurrentUser)
                .sorted(java.util.Comparator.comparing(CurrentUser::fullName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private CurrentUser toCurrentUser(AppUser user) {
        Agency agency = referenceData.agency(user.getAgencyId()).orElseThrow();
        return new CurrentUser(user.getId(), user.getUsername(), user.getFullName(), agency.getId(), agency.getCode(),
                agency.getName(), user.getRoles());
    }

    /**
     * Enabled users with their e-mail addresses, for notifications: of one agency, or of every agency when
     * {@code agencyCode} is null. Called by background jobs, so it asks nobody to be signed in; it returns no names.
     */
    @Transactional(readOnly = true)
    public List<UserContact> activeContacts(String agencyCode) {
        Map<Long, String> agencyCodes = new HashMap<>();
        List<AppUser> found;
        if (agencyCode == null) {
            found = users.findByEnabledTrueOrderById();
        } else {
            Optional<Agency> agency = referenceData.agency(agencyCode);
            if (agency.isEmpty()) {
                return List.of();
            }
            agencyCodes.put(agency.get().getId(), agency.get().getCode());
            found = users.findByAgencyIdAndEnabledTrueOrderById(agency.get().getId());
        }
        return found.stream().map(user -> new UserContact(user.getId(), user.getUsername(), user.getEmail(),
                agencyCodes.computeIfAbsent(user.getAgencyId(),
                        id -> referenceData.agency(id).map(Agency::getCode).orElse(null)),
                user.getRoles())).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AppUser> listUsers() {
        return users.findAllByOrderByUsername();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public UserDraft draftOf(Long id) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("No such user"));
        return UserDraft.of(user, referenceData.agency(user.getAgencyId()).map(Agency::getCode).orElse(null));
    }

    @Transactional(readOnly = true)
    public long countUsers() {
        return users.count();
    }

    @Transactional(readOnly = true)
    public long countActiveUsersOfAgency(Long agencyId) {
        return users.countByAgencyIdAndEnabledTrue(agencyId);
    }

    /** Creates a user. Every broken rule is reported at once, at its field; nothing is saved then. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser create(UserDraft draft) {
        AppUser created = createWithoutAuthorisation(draft);
        audit.created(AuditRecordType.USER, created.getUsername(), "Roles " + created.getRoles());
        return created;
    }

    /**
     * Creates a user without asking who is signed in: for the start-up tasks that make the first administrator
     * and the demo accounts. Not for use behind any screen or endpoint.
     */
    @Transactional
    public AppUser createWithoutAuthorisation(UserDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        String username = trim(draft.getUsername()).toLowerCase();
        if (username.isEmpty()) {
            errors.add(new FieldError("username", "Enter a username"));
        } else if (username.length() > UserFieldLimits.USERNAME || !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username",
                    "Use at most 60 lower-case letters, digits, dots, dashes or underscores"));
        } else if (users.existsByUsername(username)) {
            errors.add(new FieldError("username", "The username " + username + " is already taken"));
        }
        PasswordPolicy.problemWith(draft.getPassword(), username)
                .ifPresent(problem -> errors.add(new FieldError("password", problem)));
        Agency agency = checkDetails(draft, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AppUser user = new AppUser(username, passwordEncoder.encode(draft.getPassword()), trim(draft.getFullName()),
                blankToNull(draft.getEmail()), agency.getId(), draft.getRoles(), clock.instant());
        return users.save(user);
    }

    /** Changes a user's name, e-mail, agency and roles; a stale version gives a {@link ConflictException}. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser update(UserDraft draft) {
        AppUser user = load(draft.getId(), draft.getVersion());
        List<FieldError> errors = new ArrayList<>();
        Agency agency = checkDetails(draft, errors);
        if (user.getRoles().contains(Role.ADMIN) && !draft.getRoles().contains(Role.ADMIN) && user.isEnabled()
                && users.countEnabledAdministrators() <= 1) {
            errors.add(new FieldError("roles", "This is the last administrator: keep the Administrator role"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        user.changeDetails(trim(draft.getFullName()), blankToNull(draft.getEmail()), agency.getId(), draft.getRoles());
        audit.changed(AuditRecordType.USER, user.getUsername(), "Details: agency " + agency.getCode() + ", roles "
                + draft.getRoles());
        return saveChecked(user);
    }

    /** Disables or re-enables a user. Disabling ends all of that user's sessions at once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser setEnabled(Long id, long version, boolean enabled) {
        AppUser user = load(id, version);
        if (!enabled && user.getRoles().contains(Role.ADMIN) && user.isEnabled()
                && users.countEnabledAdministrators() <= 1) {
            throw ValidationException.of("enabled", "This is the last administrator and cannot be disabled");
        }
        user.setEnabled(enabled);
        AppUser saved = saveChecked(user);
        if (!enabled) {
            sessions.endSessionsOf(user.getUsername());
        }
        audit.changed(AuditRecordType.USER, user.getUsername(), enabled ? "Enabled" : "Disabled; sessions ended");
        return saved;
    }

    /** Sets a new password chosen by the administrator; it also lifts a lockout. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser resetPassword(Long id, long version, String newPassword) {
        AppUser user = load(id, version);
        PasswordPolicy.problemWith(newPassword, user.getUsername())
                .ifPresent(problem -> { throw ValidationException.of("password", problem); });
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        audit.changed(AuditRecordType.USER, user.getUsername(), "Password reset by an administrator");
        return saveChecked(user);
    }

    /** Ends every session the user has open, without disabling the account. */
    @PreAuthorize("hasRole('ADMIN')")
    public int endSessions(String username) {
        int ended = sessions.endSessionsOf(username);
        audit.record(AuditAction.SESSIONS_ENDED, AuditRecordType.USER, username, ended + " sessions");
        return ended;
    }

    /** Called on each failed login: counts it and locks the account when the limit is reached. */
    @Transactional
    public void recordFailedLogin(String username) {
        users.findByUsername(username).ifPresent(user -> user.recordFailedLogin(lockout.maxFailedAttempts(),
                clock.instant().plus(lockout.duration())));
    }

    /** Called on each successful login; writes only when there is a failure count to clear. */
    @Transactional
    public void recordSuccessfulLogin(String username) {
        users.findByUsername(username)
                .filter(user -> user.getFailedLogins() > 0 || user.getLockedUntil() != null)
                .ifPresent(AppUser::recordSuccessfulLogin);
    }

    private Agency checkDetails(UserDraft draft, List<FieldError> errors) {
        if (trim(draft.getFullName()).isEmpty()) {
            errors.add(new FieldError("fullName", "Enter the person's full name"));
        } else if (trim(draft.getFullName()).length() > UserFieldLimits.FULL_NAME) {
            errors.add(new FieldError("fullName", "At most 120 characters"));
        }
        String email = trim(draft.getEmail());
        if (!email.isEmpty() && (email.length() > UserFieldLimits.EMAIL || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldError("email", "Enter an e-mail address like name@example.gov.uk"));
        }
        if (draft.getRoles() == null || draft.getRoles().isEmpty()) {
            errors.add(new FieldError("roles", "Choose at least one role"));
        }
        Optional<Agency> agency = referenceData.agency(draft.getAgencyCode());
        if (agency.isEmpty()) {
            errors.add(new FieldError("agencyCode", "Choose the user's agency"));
        }
        return agency.orElse(null);
    }

    private AppUser load(Long id, long version) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("No such user"));
        if (user.getVersion() != version) {
            throw staleEdit();
        }
        return user;
    }

    private AppUser saveChecked(AppUser user) {
        try {
            return users.saveAndFlush(user);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw staleEdit();
        }
    }

    private static ConflictException staleEdit() {
        return new ConflictException("Someone else changed this user while you were editing. Reload and try again.");
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
