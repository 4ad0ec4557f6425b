package org.csucasework.casehistory.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.casehistory.HistoryItem;
import org.csucasework.casehistory.NewNote;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's one history and its notes in the integration API (DESIGN.md sections 4.6 and 6): for reports as section 6
 * lists them, and the same calls under each other kind of case's address ({@link CasePaths}).
 */
@RestController
@RequiredArgsConstructor
class CaseHistoryApiController {

    private static final String NOTES = "/{reference}/notes";
    private static final String HISTORY = "/{reference}/history";

    private final CaseHistory history;

    /** {@code text}, optional {@code contact} {with, method, outcome, at}, optional {@code corrects} (a note id). */
    record NoteRequest(String text, NewNote.Contact contact, Long corrects) {
    }

    @PostMapping({CasePaths.REPORTS + NOTES, CasePaths.TASK_GROUPS + NOTES, CasePaths.ESCALATION_CASES + NOTES,
            CasePaths.MARAC_REFERRALS + NOTES, CasePaths.CASE_REVIEWS + NOTES})
    ResponseEntity<HistoryItem> addNote(@PathVariable String reference, @RequestBody NoteRequest request,
                                        HttpServletRequest http) {
        CaseRef ref = history.requireVisible(CasePaths.kindOf(http), reference);
        HistoryItem note = history.addNote(ref, new NewNote(request.text(), request.contact(), request.corrects()));
        String historyPath = http.getRequestURI().substring(http.getContextPath().length())
                .replaceFirst("/notes$", "/history");
        return ResponseEntity.created(URI.create(historyPath + "#" + note.id())).body(note);
    }

    @GetMapping({CasePaths.REPORTS + HISTORY, CasePaths.TASK_GROUPS + HISTORY, CasePaths.ESCALATION_CASES + HISTORY,
            CasePaths.MARAC_REFERRALS + HISTORY, CasePaths.CASE_REVIEWS + HISTORY})
    Map<String, Object> history(@PathVariable String reference, HttpServletRequest http) {
        CaseRef ref = history.requireVisible(CasePaths.kindOf(http), reference);
        List<HistoryItem> entries = history.history(ref);
        return Map.of("reference", reference, "entries", entries);
    }
}
