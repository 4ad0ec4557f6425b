package org.csucasework.security;

import java.util.EnumSet;
import java.util.Set;
import org.csucasework.shared.Role;

/**
 * What an administrator types to create or change a user. A plain bean so that a form can bind to it and keep
 * every value when the service refuses it. {@code password} is only read when creating a user.
 */
public class UserDraft {

    private Long id;
    private long version;
    private String username = "";
    private String fullName = "";
    private String email = "";
    private String agencyCode;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String password = "";

    public static UserDraft of(AppUser user, String agencyCode) {
        UserDraft draft = new UserDraft();
        draft.id = user.getId();
        draft.version = user.getVersion();
        draft.username = user.getUsername();
        draft.fullName = user.getFullName();
        draft.email = user.getEmail() == null ? "" : user.getEmail();
        draft.agencyCode = agencyCode;
        draft.roles = user.getRoles();
        return draft;
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAgencyCode() { return agencyCode; }
    public void setAgencyCode(String agencyCode) { this.agencyCode = agencyCode; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles); }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
