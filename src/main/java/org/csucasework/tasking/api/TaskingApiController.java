package org.csucasework.tasking.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.NewAction;
import org.csucasework.shared.InputRules;
import org.csucasework.tasking.Agenda;
import org.csucasework.tasking.CaseFile;
import org.csucasework.tasking.CaseFileService;
import org.csucasework.tasking.CloseReport;
import org.csucasework.tasking.ReportActions;
import org.csucasework.tasking.ReportClosingService;
import org.csucasework.tasking.TaskingMeetingService;
import org.csucasework.tasking.process.ReportProcess;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The daily tasking part of the integration API (DESIGN.md section 6). */
@RestController
@RequiredArgsConstructor
class TaskingApiController {

    private final CaseFileService caseFiles;
    private final ReportActions reportActions;
    private final TaskingMeetingService meetings;
    private final ReportClosingService closing;
    private final Clock clock;

    /** The report with its status, flags, actions, open process tasks and history. */
    @GetMapping("/api/reports/{reference}")
    CaseFile report(@PathVariable String reference) {
        return caseFiles.caseFile(reference);
    }

    @GetMapping("/api/tasking/agenda")
    Agenda agenda(@RequestParam(required = false) String date) {
        return meetings.agenda(date == null || date.isBlank() ? LocalDate.now(clock.withZone(ReportProcess.ZONE))
                : parseDate(date, "date"));
    }

    record ActionRequest(String agencyCode, String description, String dueDate, String assignee) {
    }

    @PostMapping("/api/reports/{reference}/actions")
    ResponseEntity<ActionView> addAction(@PathVariable String reference, @RequestBody ActionRequest request,
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        LocalDate due = request.dueDate() == null || request.dueDate().isBlank() ? null
                : parseDate(request.dueDate(), "dueDate");
        ActionView action = reportActions.assign(reference,
                new NewAction(request.agencyCode(), request.description(), due, request.assignee()), key);
        return ResponseEntity.created(URI.create("/api/actions/" + action.id())).body(action);
    }

    record CloseRequest(String outcomeCode, String note, Boolean reporterUpdated) {
    }

    @PostMapping("/api/reports/{reference}/close")
    ResponseEntity<Map<String, Object>> close(@PathVariable String reference, @RequestBody CloseRequest request) {
        closing.close(reference, new CloseReport(request.outcomeCode(), request.note(),
                Boolean.TRUE.equals(request.reporterUpdated()), null));
        return ResponseEntity.ok(Map.of("reference", reference, "status", "CLOSED"));
    }

    private static LocalDate parseDate(String text, String field) {
        return InputRules.parseDate(field, text);
    }
}
