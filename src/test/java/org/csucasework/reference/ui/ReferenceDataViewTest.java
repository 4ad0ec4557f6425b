package org.csucasework.reference.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.UUID;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.shared.Role;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * The reference data screen in a browserless Vaadin (Karibu-Testing) on the whole application, signed in as the
 * demo administrator. Records created here have unique codes: the test database is shared and not reset.
 */
@IntegrationTest
class ReferenceDataViewTest {

    private static Routes routes;

    @Autowired
    ApplicationContext context;
    @Autowired
    ReferenceDataService referenceData;

    @BeforeAll
    static void discoverViews() {
        routes = new Routes().autoDiscoverViews("org.csucasework");
    }

    @BeforeEach
    void signInAsTheAdministrator() {
        Authentication admin = UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())));
        SecurityContextHolder.setContext(new SecurityContextImpl(admin));
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        // Vaadin's view access check asks the request, which Spring Security's filters would have wrapped.
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(admin);
        request.setUserInRole((principal, role) -> admin.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    @AfterEach
    void signOut() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDuplicateAgencyCodeIsShownAtTheCodeFieldWithEverythingTypedKept() {
        ReferenceEditor<?> agencies = openAgencies();
        _click(_get(agencies, Button.class, spec -> spec.withText("Add agency")));
        String typedName = "Kent Police again " + suffix();
        _setValue(field(agencies, "Code"), "KENT_POLICE");
        _setValue(field(agencies, "Name"), typedName);
        _setValue(_get(agencies, Checkbox.class, spec -> spec.withLabel("Attends daily tasking")), true);

        _click(_get(agencies, Button.class, spec -> spec.withText("Save")));

        TextField code = field(agencies, "Code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("The code KENT_POLICE is already used");
        assertThat(code.getValue()).isEqualTo("KENT_POLICE");
        assertThat(field(agencies, "Name").getValue()).isEqualTo(typedName);
        assertThat(field(agencies, "Name").isInvalid()).isFalse();
        assertThat(_get(agencies, Checkbox.class, spec -> spec.withLabel("Attends daily tasking")).getValue()).isTrue();
        assertThat(referenceData.list(ReferenceType.AGENCIES)).extracting(Agency::getName).doesNotContain(typedName);
    }

    @Test
    void aBlankNameIsMarkedAtTheNameFieldBeforeAnythingIsSent() {
        ReferenceEditor<?> agencies = openAgencies();
        _click(_get(agencies, Button.class, spec -> spec.withText("Add agency")));
        String code = uniqueCode();
        _setValue(field(agencies, "Code"), code);

        _click(_get(agencies, Button.class, spec -> spec.withText("Save")));

        assertThat(field(agencies, "Name").isInvalid()).isTrue();
        assertThat(field(agencies, "Name").getErrorMessage()).isEqualTo("Enter the agency's name");
        assertThat(field(agencies, "Code").getValue()).isEqualTo(code);
        assertThat(referenceData.agency(code)).isEmpty();
    }

    @Test
    void aValidNewAgencyIsSavedAndAppearsInTheGrid() {
        ReferenceEditor<?> agencies = openAgencies();
        _click(_get(agencies, Button.class, spec -> spec.withText("Add agency")));
        String code = uniqueCode();
        _setValue(field(agencies, "Code"), code);
        _setValue(field(agencies, "Name"), "Edenbridge Town Council");

        _click(_get(agencies, Button.class, spec -> spec.withText("Save")));

        assertThat(_findAll(grid(agencies))).extracting(Agency::getCode).contains(code);
        assertThat(referenceData.agency(code)).get().extracting(Agency::getName).isEqualTo("Edenbridge Town Council");
    }

    @Test
    void aRefusedEditLeavesTheGridShowingWhatIsStored() {
        String code = uniqueCode();
        referenceData.save(ReferenceType.AGENCIES, new Agency(code, "Original name", false));
        ReferenceEditor<?> agencies = openAgencies();
        Grid<Agency> grid = grid(agencies);
        Agency row = _findAll(grid).stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow();
        grid.select(row);

        _setValue(field(agencies, "Name"), "A name that was never saved");
        _setValue(field(agencies, "Code"), "KENT_POLICE");
        _click(_get(agencies, Button.class, spec -> spec.withText("Save")));

        assertThat(field(agencies, "Code").isInvalid()).isTrue();
        assertThat(row.getName()).isEqualTo("Original name");
        assertThat(row.getCode()).isEqualTo(code);
        assertThat(referenceData.agency(code)).get().extracting(Agency::getName).isEqualTo("Original name");
    }

    @Test
    void aRecordSomeoneChangedMeanwhileGivesAClearNotificationAndKeepsTheForm() {
        String code = uniqueCode();
        referenceData.save(ReferenceType.AGENCIES, new Agency(code, "Original name", false));
        ReferenceEditor<?> agencies = openAgencies();
        Grid<Agency> grid = grid(agencies);
        grid.select(_findAll(grid).stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow());
        Agency theirs = referenceData.agency(code).orElseThrow();
        theirs.setName("Changed by another administrator");
        referenceData.save(ReferenceType.AGENCIES, theirs);

        _setValue(field(agencies, "Name"), "My change");
        _click(_get(agencies, Button.class, spec -> spec.withText("Save")));

        expectNotifications("Someone else changed this record while you were editing it. Reload it and try again.");
        assertThat(field(agencies, "Name").getValue()).isEqualTo("My change");
        assertThat(referenceData.agency(code)).get().extracting(Agency::getName)
                .isEqualTo("Changed by another administrator");
    }

    @Test
    void theDistrictTabEditsTheOneDistrictRecordAndCanSaveItTwiceInARow() {
        UI.getCurrent().navigate(ReferenceDataView.class);
        ReferenceEditor<?> district = _get(ReferenceEditor.class, spec -> spec.withId("reference-district"));
        assertThat(field(district, "Name").getValue()).isEqualTo("Sevenoaks District");
        assertThat(_get(district, IntegerField.class, spec -> spec.withLabel("Population")).getValue())
                .isEqualTo(120800);
        String county = referenceData.district().getCounty();

        _setValue(field(district, "County"), "Kent (edited by a test)");
        _click(_get(district, Button.class, spec -> spec.withText("Save")));
        assertThat(referenceData.district().getCounty()).isEqualTo("Kent (edited by a test)");

        // A second save only works if the form took up the version the first save produced.
        _setValue(field(district, "County"), county);
        _click(_get(district, Button.class, spec -> spec.withText("Save")));
        assertThat(referenceData.district().getCounty()).isEqualTo(county);
        assertThat(field(district, "County").isInvalid()).isFalse();
    }

    private ReferenceEditor<?> openAgencies() {
        UI.getCurrent().navigate(ReferenceDataView.class);
        TabSheet tabs = _get(TabSheet.class);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals(ReferenceType.AGENCIES.label())) {
                tabs.setSelectedIndex(i);
            }
        }
        return _get(ReferenceEditor.class, spec -> spec.withId("reference-agency"));
    }

    private static TextField field(ReferenceEditor<?> editor, String label) {
        return _get(editor, TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Agency> grid(ReferenceEditor<?> editor) {
        return _get(editor, Grid.class);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String uniqueCode() {
        return "UI_" + suffix().toUpperCase();
    }
}
