package org.csucasework.dataprotection.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.csucasework.shared.personaldata.Naming;
import org.csucasework.shared.personaldata.RecordType;

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
     * People who appear in case records and in none that is kept: every record naming them ({@link Naming}) is
     * anonymised already or past its age now. They are anonymised with the last of their records. A record type
     * without a retention period (a Community MARAC referral, an ASB Case Review) is always kept, and so are the people
     * it names.
     */
    static String peopleWithNothingKept(List<Naming> namings) {
        StringBuilder sql = new StringBuilder("select p.id from person p where p.anonymised_at is null and exists"
                + " (select 1 from (" + namings.stream().map(Naming::sql).collect(Collectors.joining(" union all "))
                + ") n where n.person_id = p.id)");
        for (Naming naming : namings) {
            sql.append(" and not exists (select 1 from (").append(naming.sql()).append(") n")
                    .append(kept(naming.type())).append(" and n.person_id = p.id)");
        }
        return sql.toString();
    }

    /** Joins the named record ({@code n.record_id}) and keeps the rows of those that are kept. */
    private static String kept(RecordType type) {
        return switch (type) {
            case REPORT -> " join report r on r.id = n.record_id where not " + reportGone("r");
            case TASK_GROUP -> " join task_group g on g.id = n.record_id where g.anonymised_at is null and not "
                    + groupPastAge("g");
            case ESCALATION_CASE -> " join escalation_case c on c.id = n.record_id where c.anonymised_at is null"
                    + " and not " + casePastAge("c");
            // No retention period (a MARAC referral, an ASB Case Review): every record is kept, and so are its people.
            default -> " where 1 = 1";
        };
    }
}
