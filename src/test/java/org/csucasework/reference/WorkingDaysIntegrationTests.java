package org.csucasework.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.csucasework.shared.ValidationException;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Working days on PostgreSQL with the bank holidays seeded from reference/bank-holidays.csv and added by an administrator. */
@IntegrationTest
class WorkingDaysIntegrationTests {

    @Autowired WorkingDays workingDays;
    @Autowired ReferenceDataService referenceData;

    @Test
    void christmasEasterAndSpringBankHolidaysAreNotWorkingDays() {
        // Wed 24 Dec 2025: Christmas Day and Boxing Day, the weekend, then Mon 29 and Tue 30.
        assertThat(workingDays.after(LocalDate.of(2025, 12, 24), 2)).isEqualTo(LocalDate.of(2025, 12, 30));
        // Thu 2 Apr 2026: Good Friday and Easter Monday skipped.
        assertThat(workingDays.after(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        // Boxing Day 2026 is a Saturday: the substitute Monday 28 Dec is a holiday.
        assertThat(workingDays.between(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 29))).isEqualTo(1);
        assertThat(workingDays.before(LocalDate.of(2025, 5, 27), 1, LocalDate.of(2025, 1, 1)))
                .as("the spring bank holiday skipped backwards too").isEqualTo(LocalDate.of(2025, 5, 23));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2028, 1, 3))).as("New Year's Day substitute 2028").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 7))).isTrue();
    }

    @Test
    void anAdministratorAddsALaterYearsHolidayAndADayCannotBeEnteredTwice() {
        LocalDate newYear2029 = LocalDate.of(2029, 1, 1);
        if (referenceData.list(ReferenceType.BANK_HOLIDAYS).stream().noneMatch(h -> h.getDay().equals(newYear2029))) {
            RunAs.administrator(() -> referenceData.save(ReferenceType.BANK_HOLIDAYS,
                    new BankHoliday(newYear2029, "New Year's Day")));
        }
        assertThat(workingDays.after(LocalDate.of(2028, 12, 29), 1)).isEqualTo(LocalDate.of(2029, 1, 2));

        assertThatThrownBy(() -> RunAs.administrator(() -> referenceData.save(ReferenceType.BANK_HOLIDAYS,
                new BankHoliday(LocalDate.of(2026, 12, 25), "Christmas again"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> {
                            assertThat(error.field()).isEqualTo("day");
                            assertThat(error.message()).isEqualTo("The code 25 Dec 2026 is already used");
                        }));
    }
}
