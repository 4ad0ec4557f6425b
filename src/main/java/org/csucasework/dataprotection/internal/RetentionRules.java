package org.csucasework.dataprotection.internal;

/**
 * When a record is past retention, as SQL conditions shared by the dry run, the run and the question "does this
 * person still appear in a record that is kept?". Each takes the alias of the table it tests. Every condition is
 * written so that a missing date makes it false (a record is kept when in doubt), never unknown.
 */
final class RetentionRules {

    private RetentionRules() {
    }

    /** A closed or declined group whose closing (or declining) is older than :groupCutoff. */
    static String groupPastAge(String g) {
        return "(" + g + ".status in ('CLOSED', 'DECLINED') and coalesce(" + g + ".closed_at, " + g + ".decided_at)"
                + " is not null and coalesce(" + g + ".closed_at, " + g + ".decided_at) < :groupCutoff)";
    }

    /** A closed escalation case whose closing is older than :caseCutoff. */
    static String casePastAge(String c) {
        return "(" + c + ".status = 'CLOSED' and " + c + ".closed_at is not null and " + c + ".closed_at < :caseCutoff)";
    }

    /**
     * A report closed before :reportCutoff that no kept group or escalation case relies on: evidence stays readable
     * as long as the case built on it is kept.
     */
    static String reportPastAge(String r) {
        return "(" + r + ".status = 'CLOSED' and " + r + ".closed_at is not null and " + r + ".closed_at < :reportCutoff"
                + " and not exists (select 1 from task_group_report lgr join task_group lg on lg.id = lgr.group_id"
                + " where lgr.report_id = " + r + ".id and lg.anonymised_at is null and not " + groupPastAge("lg") + ")"
                + " and not exists (select 1 from escalation_case_report lcr join escalation_case lc on lc.id = lcr.case_id"
                + " where lcr.report_id = " + r + ".id and lc.anonymised_at is null and not " + casePastAge("lc") + "))";
    }

    static String reportGone(String r) {
        return "(" + r + ".anonymised_at is not null or " + reportPastAge(r) + ")";
    }

    /**
     * People who appear in case records and in none that is kept: every report, group and case they are in is
     * anonymised already or past its age now. They are anonymised with the last of their records. Anyone in a
     * Community MARAC referral or an ASB Case Review (as applicant, victim or complainant) is kept: neither has a
     * retention rule of its own yet, so they are all kept, and so are the people in them.
     */
    static final String PEOPLE_WITH_NOTHING_KEPT = "select p.id from person p where p.anonymised_at is null"
            + " and (exists (select 1 from report r where r.reporter_person_id = p.id)"
            + "   or exists (select 1 from report_subject s where s.person_id = p.id)"
            + "   or exists (select 1 from referral f where f.person_id = p.id)"
            + "   or exists (select 1 from task_group g where g.person_id = p.id)"
            + "   or exists (select 1 from escalation_case c where c.person_id = p.id))"
            + " and not exists (select 1 from report r where r.reporter_person_id = p.id and not " + reportGone("r") + ")"
            + " and not exists (select 1 from report_subject s join report r on r.id = s.report_id"
            + "   where s.person_id = p.id and not " + reportGone("r") + ")"
            + " and not exists (select 1 from referral f join report r on r.id = f.report_id"
            + "   where f.person_id = p.id and not " + reportGone("r") + ")"
            + " and not exists (select 1 from task_group g where g.person_id = p.id and g.anonymised_at is null"
            + "   and not " + groupPastAge("g") + ")"
            + " and not exists (select 1 from escalation_case c where c.person_id = p.id and c.anonymised_at is null"
            + "   and not " + casePastAge("c") + ")"
            + " and not exists (select 1 from marac_referral_person m where m.person_id = p.id)"
            + " and not exists (select 1 from case_review v where v.applicant_person_id = p.id"
            + "   or v.victim_person_id = p.id)"
            + " and not exists (select 1 from case_review_complaint c where c.complainant_person_id = p.id)";
}
