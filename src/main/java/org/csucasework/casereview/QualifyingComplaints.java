package org.csucasework.casereview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.CaseReviewRule;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportService;
import org.csucasework.reference.Agency;
import org.csucasework.reference.Category;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The threshold test of one application: each complaint judged by the Case Review rule of the intake module (the
 * one implementation the repeat detector asks too), excluded ones set aside, and the count against the threshold.
 * A report's dates are read from the report each time, so a corrected incident date is taken into account.
 */
@Component
@RequiredArgsConstructor
class QualifyingComplaints {

    private final ReportService reports;
    private final ReferenceDataService referenceData;
    private final CaseReviewRule rule;

    /** The verdict on each complaint and the counts. */
    record Test(List<CaseReviewDetails.ComplaintView> complaints, int qualifying, int differentPeople, boolean met) {
    }

    CaseReviewRule rule() {
        return rule;
    }

    Test test(CaseReview review, List<Complaint> complaints) {
        LocalDate applied = review.getAppliedOn();
        List<CaseReviewDetails.ComplaintView> views = new ArrayList<>();
        Set<String> complainants = new HashSet<>();
        int qualifying = 0;
        for (Complaint complaint : complaints) {
            CaseReviewDetails.ComplaintView view = complaint.isOnRecord()
                    ? onRecord(complaint, applied) : listed(complaint, applied);
            views.add(view);
            if (view.counts()) {
                qualifying++;
                complainants.add(complainantKey(review, complaint));
            }
        }
        return new Test(views, qualifying, complainants.size(), rule.met(qualifying, complainants.size()));
    }

    private CaseReviewDetails.ComplaintView onRecord(Complaint complaint, LocalDate applied) {
        Optional<Report> found = report(complaint.getReportId());
        if (found.isEmpty()) {
            return new CaseReviewDetails.ComplaintView(complaint.getId(), true, null, null, null, null,
                    "A report you may not see", false, "Not visible to you", complaint.isExcluded(),
                    complaint.getExclusionReason());
        }
        Report report = found.get();
        LocalDate complainedOn = report.getReceivedAt().atZone(ReportService.ZONE).toLocalDate();
        CaseReviewRule.Verdict verdict = rule.assess(applied, complainedOn, report.getIncidentDate());
        return view(complaint, report.getReference(), report.getIncidentDate(), complainedOn,
                agencyName(report.getSourceAgencyCode()), categoryName(report.getCategoryCode()), verdict);
    }

    private CaseReviewDetails.ComplaintView listed(Complaint complaint, LocalDate applied) {
        CaseReviewRule.Verdict verdict = rule.assess(applied, complaint.getComplainedOn(), complaint.getIncidentDate());
        return view(complaint, null, complaint.getIncidentDate(), complaint.getComplainedOn(),
                complaint.getComplainedTo(), complaint.getDescription(), verdict);
    }

    private static CaseReviewDetails.ComplaintView view(Complaint complaint, String reference, LocalDate incident,
                                                        LocalDate complainedOn, String complainedTo, String about,
                                                        CaseReviewRule.Verdict verdict) {
        String reason = complaint.isExcluded()
                ? "Excluded by the coordinator: " + complaint.getExclusionReason()
                : verdict.reason();
        return new CaseReviewDetails.ComplaintView(complaint.getId(), complaint.isOnRecord(), reference, incident,
                complainedOn, complainedTo, about, verdict.counts() && !complaint.isExcluded(), reason,
                complaint.isExcluded(), complaint.getExclusionReason());
    }

    /** Who made the complaint, for "from different people": the reporter on record, or the applicant. */
    private String complainantKey(CaseReview review, Complaint complaint) {
        if (complaint.isOnRecord()) {
            Long reporter = report(complaint.getReportId()).map(Report::getReporterPersonId).orElse(null);
            // An anonymous report is its own complainant: nothing says it came from anyone else on the list.
            return reporter == null ? "report:" + complaint.getReportId() : "person:" + reporter;
        }
        return review.getApplicantPersonId() == null ? "applicant:" + review.getId()
                : "person:" + review.getApplicantPersonId();
    }

    private Optional<Report> report(Long reportId) {
        try {
            return Optional.of(reports.requireReadable(reportId));
        } catch (NotFoundException notVisible) {
            return Optional.empty();
        }
    }

    private String agencyName(String code) {
        return referenceData.agency(code).map(Agency::getName).orElse(code);
    }

    private String categoryName(String code) {
        return referenceData.findByCode(ReferenceType.CATEGORIES, code).map(Category::getName).orElse("Report");
    }
}
