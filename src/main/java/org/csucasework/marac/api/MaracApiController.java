package org.csucasework.marac.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.marac.LawfulBasis;
import org.csucasework.marac.MaracMeetingService;
import org.csucasework.marac.MaracReferralService;
import org.csucasework.marac.MaracSubjectKind;
import org.csucasework.marac.MeetingPage;
import org.csucasework.marac.MeetingSummary;
import org.csucasework.marac.ReferralDraft;
import org.csucasework.marac.ReferralPage;
import org.csucasework.marac.ReferralStatus;
import org.csucasework.marac.ReferralSummary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Community MARAC part of the integration API: referrals and cases, screening, meetings and the meeting pack.
 * What a user may not see is answered as if it did not exist (404, empty lists); the services decide.
 */
@RestController
@RequestMapping("/api/marac")
@RequiredArgsConstructor
class MaracApiController {

    private final MaracReferralService referrals;
    private final MaracMeetingService meetings;

    /** Referrals and cases the user may see, newest first; {@code status} narrows them (repeatable). */
    @GetMapping("/referrals")
    List<ReferralSummary> referrals(@RequestParam(required = false) Set<ReferralStatus> status) {
        return referrals.list(status);
    }

    @GetMapping("/referrals/{reference}")
    ReferralPage referral(@PathVariable String reference) {
        return referrals.page(reference);
    }

    record ReferralRequest(MaracSubjectKind subjectKind, Long personId, String personName, LocalDate personDateOfBirth,
                           String familyName, List<String> otherMembers, Set<String> criteria, String riskSummary,
                           String historyToBring, List<String> reportReferences, LawfulBasis lawfulBasis,
                           String lawfulBasisNote, Long version) {

        ReferralDraft toDraft(String reference) {
            ReferralDraft draft = new ReferralDraft();
            draft.setReference(reference);
            draft.setVersion(version);
            draft.setSubjectKind(subjectKind);
            draft.setPersonId(personId);
            draft.setPersonName(personName);
            draft.setPersonDateOfBirth(personDateOfBirth);
            draft.setFamilyName(familyName);
            draft.setOtherMembers(otherMembers);
            draft.setCriteria(criteria);
            draft.setRiskSummary(riskSummary);
            draft.setHistoryToBring(historyToBring);
            draft.setReportReferences(reportReferences);
            draft.setLawfulBasis(lawfulBasis);
            draft.setLawfulBasisNote(lawfulBasisNote);
            return draft;
        }
    }

    /** Submits a new referral to the chair. */
    @PostMapping("/referrals")
    ResponseEntity<ReferralSummary> submit(@RequestBody ReferralRequest request) {
        ReferralSummary submitted = referrals.submit(request.toDraft(null));
        return ResponseEntity.created(URI.create("/api/marac/referrals/" + submitted.reference())).body(submitted);
    }

    /** Resubmits a referral amended after the chair asked for more information (or a saved draft). */
    @PostMapping("/referrals/{reference}/submission")
    ReferralSummary resubmit(@PathVariable String reference, @RequestBody ReferralRequest request) {
        return referrals.submit(request.toDraft(reference));
    }

    @GetMapping("/screening")
    List<ReferralSummary> screeningQueue() {
        return referrals.screeningQueue();
    }

    record ScreeningRequest(String note) {
    }

    @PostMapping("/referrals/{reference}/acceptance")
    ReferralSummary accept(@PathVariable String reference, @RequestBody(required = false) ScreeningRequest request) {
        return referrals.accept(reference, request == null ? null : request.note());
    }

    @PostMapping("/referrals/{reference}/decline")
    ReferralSummary decline(@PathVariable String reference, @RequestBody ScreeningRequest request) {
        return referrals.decline(reference, request.note());
    }

    @PostMapping("/referrals/{reference}/information-request")
    ReferralSummary requestMoreInformation(@PathVariable String reference, @RequestBody ScreeningRequest request) {
        return referrals.requestMoreInformation(reference, request.note());
    }

    @GetMapping("/meetings")
    List<MeetingSummary> meetings() {
        return meetings.meetings();
    }

    @GetMapping("/meetings/{id}")
    MeetingPage meeting(@PathVariable Long id) {
        return meetings.meeting(id);
    }

    /** The meeting pack: each case on the agenda with its history summary, for members. */
    @GetMapping(path = "/meetings/{id}/pack.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pack(@PathVariable Long id) {
        byte[] pdf = meetings.pack(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"marac-meeting-" + id + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }
}
