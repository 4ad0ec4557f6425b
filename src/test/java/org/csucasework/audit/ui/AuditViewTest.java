package org.csucasework.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import org.csucasework.audit.AuditAction;
import org.csucasework.audit.AuditEntry;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.shared.Role;
import org.csucasework.support.KaribuUiTest;
import org.junit.jupiter.api.Test;

/** The audit trail screen in a mocked browser session, on the real services and database. */
class AuditViewTest extends KaribuUiTest {

    @Test
    void aSearchWithoutMatchesSaysSoAndASearchByUserShowsOnlyThatUsersEvents() {
        login("supervisor", Role.SUPERVISOR);
        AuditView view = navigate(AuditView.class);

        view.who.setValue("supervisor");
        view.what.setValue(AuditAction.VIEW);
        view.recordType.setValue(AuditRecordType.AUDIT_TRAIL);
        _click(_get(Button.class, spec -> spec.withText("Search")));

        assertThat(view.status.getText()).isEqualTo("0 events");
        view.what.clear();
        view.recordType.clear();
        view.who.setValue("caseworker");
        _click(_get(Button.class, spec -> spec.withText("Search")));
        for (int row = 0; row < GridKt._size(view.grid); row++) {
            AuditEntry entry = GridKt._get(view.grid, row);
            assertThat(entry.username()).isEqualTo("caseworker");
        }
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsMarkedAtTheEndDate() {
        login("admin", Role.ADMIN);
        AuditView view = navigate(AuditView.class);

        view.from.setValue(LocalDate.now());
        view.to.setValue(LocalDate.now().minusDays(3));
        _click(_get(Button.class, spec -> spec.withText("Search")));

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The last day must not be before the first day");
        assertThat(view.who.getValue()).isEmpty();
    }

    @Test
    void aCaseworkerCannotOpenTheAuditTrail() {
        login("caseworker", Role.CASEWORKER);

        assertThatThrownBy(() -> navigate(AuditView.class)).isInstanceOf(MockAccessDeniedException.class);
    }
}
