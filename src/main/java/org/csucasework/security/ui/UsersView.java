package org.csucasework.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;


import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.csucasework.shared.ui.Notices;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.security.AppUser;
import org.csucasework.security.UserDraft;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;

/**
 * Administrators manage user accounts here: create, change, disable or enable, reset a password, end sessions.
 * The service decides what is allowed and valid; this view shows its answers, each error at its field, and never
 * throws away what the administrator typed.
 */
@Route("admin/users")
@PageTitle("Users | CSU Casework")
@Menu(title = "Users", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout {

    private final UserService users;
    private final ReferenceDataService referenceData;
    private final DateTimeFormatter lockTime;
    private final Clock clock;

    final Grid<AppUser> grid = new Grid<>();
    final TextField filter = new TextField("Find a user");
    final Button newUser = new Button("New user", VaadinIcon.PLUS.create());
    final UserForm form;
    final Button reload = new Button("Reload");
    final Button toggleEnabled = new Button("Disable");
    final Button resetPassword = new Button("Reset password");
    final Button endSessions = new Button("End sessions");
    private final VerticalLayout editor;
    private final HorizontalLayout accountActions;

    private GridListDataView<AppUser> rows;
    private Map<Long, String> agencyNames = Map.of();
    /** The existing user being edited, as last read; null while creating a user or with nothing open. */
    private AppUser selected;

    public UsersView(UserService users, ReferenceDataService referenceData, Clock clock) {
        this.users = users;
        this.referenceData = referenceData;
        this.clock = clock;
        this.lockTime = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK).withZone(clock.getZone());
        addClassName("users-view");
        setSizeFull();

        configureGrid();
        filter.setPlaceholder("Username, name or agency");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> rows.refreshAll());
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(e -> startNewUser());
        HorizontalLayout toolbar = new HorizontalLayout(filter, newUser);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        form = new UserForm(referenceData.activeAgencies());
        form.addSaveListener(e -> save(e.draft()));
        form.addCancelListener(e -> closeEditor());

        reload.addClickListener(e -> reloadSelected());
        toggleEnabled.addClickListener(e -> toggleEnabled());
        resetPassword.addClickListener(e -> openResetPassword());
        endSessions.addClickListener(e -> endSessions());
        accountActions = new HorizontalLayout(reload, toggleEnabled, resetPassword, endSessions);
        accountActions.setWrap(true);
        accountActions.getThemeList().add("spacing-s");

        editor = new VerticalLayout(form, accountActions);
        editor.addClassName("user-editor");
        editor.setWidth("26rem");
        editor.setPadding(false);

        HorizontalLayout content = new HorizontalLayout(grid, editor);
        content.setFlexGrow(1, grid);
        content.setSizeFull();

        add(new H1("Users"), toolbar, content);
        refreshGrid();
        closeEditor();
    }

    private void configureGrid() {
        grid.setAriaLabel("Users");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AppUser::getUsername).setHeader("Username").setKey("username").setSortable(true);
        grid.addColumn(AppUser::getFullName).setHeader("Full name").setKey("fullName").setSortable(true);
        grid.addColumn(user -> agencyNames.getOrDefault(user.getAgencyId(), "")).setHeader("Agency")
                .setKey("agency").setSortable(true);
        grid.addColumn(UsersView::roleLabels).setHeader("Roles").setKey("roles");
        grid.addColumn(this::status).setHeader("Status").setKey("status");
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            } else if (selected != null) {
                closeEditor();
            }
        });
    }

    private static String roleLabels(AppUser user) {
        return user.getRoles().stream().map(Role::label).collect(Collectors.joining(", "));
    }

    private String status(AppUser user) {
        if (!user.isEnabled()) {
            return "Disabled";
        }
        if (user.isLockedAt(clock.instant())) {
            return "Locked until " + lockTime.format(user.getLockedUntil());
        }
        return "Active";
    }

    private boolean matchesFilter(AppUser user) {
        String wanted = filter.getValue().trim().toLowerCase(Locale.ROOT);
        return wanted.isEmpty()
                || user.getUsername().contains(wanted)
                || user.getFullName().toLowerCase(Locale.ROOT).contains(wanted)
                || agencyNames.getOrDefault(user.getAgencyId(), "").toLowerCase(Locale.ROOT).contains(wanted);
    }

    private void refreshGrid() {
        // Every agency, not just the active ones: a user may still belong to an agency that has been retired.
        agencyNames = referenceData.list(ReferenceType.AGENCIES).stream()
                .collect(Collectors.toMap(Agency::getId, Agency::getName));
        rows = grid.setItems(users.listUsers());
        rows.setIdentifierProvider(AppUser::getId);
        rows.setFilter(this::matchesFilter);
    }

    /** Reloads the list and opens the given user again, so that the form holds their latest version. */
    private void refreshAndSelect(Long id) {
        selected = null;
        refreshGrid();
        rows.getItems().filter(user -> user.getId().equals(id)).findFirst()
                .ifPresentOrElse(grid::select, () -> edit(findUser(id)));
    }

    private AppUser findUser(Long id) {
        return users.listUsers().stream().filter(user -> user.getId().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("User " + id + " vanished"));
    }

    private void startNewUser() {
        grid.asSingleSelect().clear();
        selected = null;
        form.edit(new UserDraft());
        accountActions.setVisible(false);
        editor.setVisible(true);
        form.username.focus();
    }

    private void edit(AppUser user) {
        selected = user;
        form.edit(users.draftOf(user.getId()));
        toggleEnabled.setText(user.isEnabled() ? "Disable" : "Enable");
        accountActions.setVisible(true);
        editor.setVisible(true);
    }

    private void closeEditor() {
        selected = null;
        editor.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void reloadSelected() {
        if (selected != null) {
            refreshAndSelect(selected.getId());
        }
    }

    private void save(UserDraft draft) {
        try {
            AppUser saved = draft.isNew() ? users.create(draft) : users.update(draft);
            success((draft.isNew() ? "Created the user " : "Saved the changes to ") + saved.getUsername());
            refreshAndSelect(saved.getId());
        } catch (ValidationException e) {
            List<FieldError> elsewhere = form.showErrors(e.errors());
            failure(elsewhere.isEmpty() ? "Nothing was saved: correct the marked fields."
                    : "Nothing was saved: " + messages(elsewhere));
        } catch (ConflictException e) {
            // The form keeps the administrator's input so that they can compare it after reloading.
            failure("Someone else changed this user while you were editing, so nothing was saved. "
                    + "Reload the user to see their change, then make yours again.");
        }
    }

    private void toggleEnabled() {
        AppUser user = selected;
        boolean enable = !user.isEnabled();
        try {
            users.setEnabled(user.getId(), user.getVersion(), enable);
            success(enable ? user.getUsername() + " can sign in again"
                    : user.getUsername() + " is disabled and has been signed out everywhere");
            refreshAndSelect(user.getId());
        } catch (ValidationException e) {
            failure(messages(e.errors()));
        } catch (ConflictException e) {
            failure(e.getMessage());
        }
    }

    private void openResetPassword() {
        AppUser user = selected;
        ResetPasswordDialog dialog = new ResetPasswordDialog(user.getUsername());
        dialog.addConfirmListener(e -> {
            try {
                users.resetPassword(user.getId(), user.getVersion(), e.password());
                dialog.close();
                success("Set a new password for " + user.getUsername());
                refreshAndSelect(user.getId());
            } catch (ValidationException ex) {
                dialog.showError(messages(ex.errors()));
            } catch (ConflictException ex) {
                dialog.close();
                failure(ex.getMessage());
            }
        });
        dialog.open();
    }

    private void endSessions() {
        String username = selected.getUsername();
        int ended = users.endSessions(username);
        success(ended == 0 ? username + " had no open sessions"
                : "Ended " + ended + (ended == 1 ? " session" : " sessions") + " of " + username);
    }

    private static String messages(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).collect(Collectors.joining(". "));
    }

    private static void success(String text) {
        Notices.success(text);
    }

    private static void failure(String text) {
        Notices.error(text);
    }
}
