package org.csucasework.dataprotection;

import java.time.Instant;
import java.util.List;
import org.csucasework.shared.personaldata.SubjectAccessRecords.CaseRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.CaseReviewRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.DocumentRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.GroupRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.MaracRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.PersonRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.ReportRecord;

/**
 * Everything held about one person, for a subject access request: their details, the reports they are in (as
 * reporter or subject) with the actions, referrals and timeline of each, the Task and Finish Groups and escalation
 * cases about them with their letters, the Community MARAC referrals naming them, the ASB Case Reviews they
 * applied for, are the victim in or complained in, and what was done under data protection. Other people's names and details are left out (a report's other subjects, a guardian, the other
 * members of a family referred to the MARAC); free text is included as recorded and must be checked for third-party
 * information before release. The sections' records are {@link org.csucasework.shared.personaldata.SubjectAccessRecords},
 * filled in by the modules that hold them.
 */
public record SubjectAccessExport(Instant producedAt, String producedBy, PersonRecord person,
                                  List<ReportRecord> reports, List<GroupRecord> taskAndFinishGroups,
                                  List<CaseRecord> escalationCases, List<MaracRecord> communityMaracReferrals,
                                  List<CaseReviewRecord> caseReviews, List<DocumentRecord> documents,
                                  List<DataProtectionEvent> dataProtection) {
}
