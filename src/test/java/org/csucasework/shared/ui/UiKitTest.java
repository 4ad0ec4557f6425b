package org.csucasework.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributools.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.csucasework.audit.ui.AuditView;
import org.csucasework.escalation.ui.LettersRegisterView;
import org.csucasework.reporting.ui.FiguresView;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.support.KaribuUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The UI kit: UK dates in every picker whatever the browser's language, one error policy, names for codes. */
class UiKitTest extends KaribuUiTest {

    @Autowired Names names;

    @Test
    void everyDatePickerOnAnnualFiguresTheLettersRegisterAndTheAuditTrailShowsUkDates() {
        UI.getCurrent().setLocale(Locale.US);
        login("admin", Role.ADMIN);
        for (Class<? extends com.vaadin.flow.component.Component> view
                : List.of(AuditView.class, LettersRegisterView.class, FiguresView.class)) {
            navigate(view);
            List<DatePicker> pickers = _find(DatePicker.class);
            assertThat(pickers).as(view.getSimpleName()).isNotEmpty().allSatisfy(picker -> {
                assertThat(picker.getLocale()).isEqualTo(Locale.UK);
                assertThat(picker.getI18n()).isNotNull();
                assertThat(picker.getI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
                assertThat(picker.isAutoOpen()).as("typing then Tab must not open the calendar").isFalse();
            });
        }
    }

    @Test
    void datesAreShownTheUkWayInTheDistrictsZone() {
        assertThat(UkDates.day(LocalDate.of(2026, 12, 6))).isEqualTo("6 Dec 2026");
        assertThat(UkDates.weekday(LocalDate.of(2026, 12, 6))).isEqualTo("Sun 6 Dec 2026");
        assertThat(UkDates.numeric(LocalDate.of(2026, 10, 1))).isEqualTo("01/10/2026");
        // 23:30 UTC in British Summer Time is already the next day in Sevenoaks.
        assertThat(UkDates.moment(Instant.parse("2026-07-01T23:30:00Z"))).isEqualTo("2 Jul 2026, 00:30");
    }

    @Test
    void anErrorStaysUntilDismissedIsAnnouncedAndTheNextNoticeReplacesIt() {
        Notification error = Notices.error("It went wrong");
        assertThat(error.getDuration()).isZero();
        assertThat(error.isAssertive()).isTrue();
        assertThat(error.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(NotificationsKt.getText(error)).isEqualTo("It went wrong");

        Notices.success("Saved");
        assertThat(error.isOpened()).isFalse();
        assertThat(getNotifications()).extracting(NotificationsKt::getText).containsExactly("Saved");
    }

    @Test
    void attemptMarksTheRefusedFieldsKeepsWhatWasTypedAndNotifiesTheRest() {
        TextField email = new TextField("E-mail");
        email.setValue("not-an-address");
        TextField phone = new TextField("Phone");
        phone.setInvalid(true);

        Optional<String> result = FieldErrors.attempt(Map.of("email", email, "phone", phone), () -> {
            throw new ValidationException(List.of(new FieldError("email", "Enter an e-mail address like name@example.org"),
                    new FieldError("reference", "The report was closed meanwhile")));
        });

        assertThat(result).isEmpty();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter an e-mail address like name@example.org");
        assertThat(email.getValue()).isEqualTo("not-an-address");
        assertThat(phone.isInvalid()).isFalse();
        assertThat(getNotifications()).extracting(NotificationsKt::getText)
                .containsExactly("Nothing was saved: The report was closed meanwhile");

        assertThat(FieldErrors.succeeded(Map.of("email", email), () -> {
            throw new ConflictException("Someone else changed it");
        })).isFalse();
        assertThat(getNotifications()).extracting(NotificationsKt::getText).containsExactly("Someone else changed it");
        assertThat(FieldErrors.attempt(Map.of("email", email), () -> "saved")).contains("saved");
        assertThat(email.isInvalid()).isFalse();
    }

    @Test
    void codesBecomeTheirNamesFromTheReferenceData() {
        assertThat(names.agency("KENT_POLICE")).isEqualTo("Kent Police");
        assertThat(names.agencies(List.of("KENT_POLICE", "SDC_CSU")))
                .isEqualTo("Kent Police, Sevenoaks District Council - Community Safety");
        assertThat(names.agency("NO_SUCH_AGENCY")).isEqualTo("NO_SUCH_AGENCY");
        assertThat(names.agency(null)).isEmpty();
    }
}
