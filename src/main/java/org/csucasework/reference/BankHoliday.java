package org.csucasework.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import lombok.Getter;

/**
 * A bank holiday in England and Wales ({@code reference/bank-holidays.csv}, 2025-2028 as published; administrators
 * add later years): not a working day for {@link WorkingDays}.
 */
@Entity
@Table(name = "bank_holiday")
@Getter
public class BankHoliday extends ReferenceEntity {

    public static final int NAME_LENGTH = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @NotNull(message = "Enter the date")
    @Column(name = "holiday_date", nullable = false)
    private LocalDate day;

    @NotBlank(message = "Enter the name")
    @Size(max = NAME_LENGTH, message = "At most 100 characters")
    @Column(nullable = false)
    private String name;

    public BankHoliday() {
    }

    public BankHoliday(LocalDate day, String name) {
        this.day = day;
        this.name = name;
    }

    /** The day as users read it ("25 Dec 2026"), for messages such as "already used". */
    @Override
    public String getCode() {
        return day == null ? null : DAY.format(day);
    }

    /** The day itself: what must be unique. */
    @Override
    protected Object codeValue() {
        return day;
    }

    public void setDay(LocalDate day) { this.day = day; }
    public void setName(String name) { this.name = name; }
}
