package org.csucasework.intake;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which complaints qualify for an ASB Case Review and when they reach the local threshold (s104 of the Anti-social
 * Behaviour, Crime and Policing Act 2014; DESIGN.md 4.5). The one implementation of the rule: the Case Review's
 * threshold test and the repeat detector's {@code CASE_REVIEW_THRESHOLD} flag both ask it.
 *
 * <p>A complaint qualifies when it was made within {@code madeWithin} (one month) of the behaviour it is about and
 * within {@code window} (six months) before the application. Whether it is about the same behaviour is the
 * coordinator's judgement; the rule only decides the dates. The threshold is met by {@code complaints} qualifying
 * complaints, or, when {@code differentPeople} is set above zero, also by that many complaints from different
 * people.
 *
 * @param complaints      qualifying complaints that meet the threshold (default 3)
 * @param differentPeople qualifying complaints from different people that also meet it; 0 (default) for none
 * @param window          how far before the application a complaint may have been made (default six months)
 * @param madeWithin      how soon after the behaviour the complaint must have been made (default one month)
 */
@ConfigurationProperties("casework.case-review")
public record CaseReviewRule(Integer complaints, Integer differentPeople, Period window, Period madeWithin) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public CaseReviewRule {
        complaints = complaints == null || complaints < 1 ? 3 : complaints;
        differentPeople = differentPeople == null || differentPeople < 0 ? 0 : differentPeople;
        window = window == null ? Period.ofMonths(6) : window;
        madeWithin = madeWithin == null ? Period.ofMonths(1) : madeWithin;
    }

    /** The statutory defaults: 3 complaints in 6 months, each made within a month of the behaviour. */
    public static CaseReviewRule defaults() {
        return new CaseReviewRule(null, null, null, null);
    }

    /** Whether a complaint counts, and why or why not, in words for the applicant's letter and the page. */
    public record Verdict(boolean counts, String reason) {
    }

    /**
     * Whether a complaint made on {@code complainedOn} about behaviour on {@code incidentDate} qualifies for an
     * application made on {@code applicationDate} (all UK days).
     */
    public Verdict assess(LocalDate applicationDate, LocalDate complainedOn, LocalDate incidentDate) {
        if (complainedOn == null) {
            return new Verdict(false, "The date the complaint was made is not known");
        }
        if (incidentDate == null) {
            return new Verdict(false, "The date of the behaviour is not known");
        }
        String made = "Made on " + DAY.format(complainedOn);
        if (complainedOn.isAfter(applicationDate)) {
            return new Verdict(false, made + ", after the application on " + DAY.format(applicationDate));
        }
        if (complainedOn.isBefore(applicationDate.minus(window))) {
            return new Verdict(false, made + ", more than " + words(window) + " before the application on "
                    + DAY.format(applicationDate));
        }
        if (complainedOn.isAfter(incidentDate.plus(madeWithin))) {
            return new Verdict(false, made + ", more than " + words(madeWithin) + " after the behaviour on "
                    + DAY.format(incidentDate));
        }
        if (complainedOn.isBefore(incidentDate)) {
            return new Verdict(false, made + ", before the behaviour it describes on " + DAY.format(incidentDate));
        }
        return new Verdict(true, made + ", within " + words(madeWithin) + " of the behaviour on "
                + DAY.format(incidentDate) + " and within " + words(window) + " before the application");
    }

    /** Whether this many qualifying complaints, from this many different people, meet the threshold. */
    public boolean met(long qualifying, long fromDifferentPeople) {
        return qualifying >= complaints || (differentPeople > 0 && fromDifferentPeople >= differentPeople);
    }

    /** The threshold in words, e.g. "3 qualifying complaints in 6 months". */
    public String describe() {
        return complaints + " qualifying complaints in " + words(window)
                + (differentPeople > 0 ? ", or " + differentPeople + " from different people" : "");
    }

    static String words(Period period) {
        if (period.getYears() == 0 && period.getDays() == 0) {
            return period.getMonths() == 1 ? "one month" : period.getMonths() == 6 ? "six months"
                    : period.getMonths() + " months";
        }
        if (period.getYears() == 0 && period.getMonths() == 0) {
            return period.getDays() == 1 ? "one day" : period.getDays() + " days";
        }
        return period.toString().substring(1).toLowerCase(Locale.ROOT);
    }
}
