package org.csucasework.casehistory.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseKind;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.casehistory.HistoryItem;
import org.csucasework.casehistory.NewNote;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A report's one history and its notes in the integration API (DESIGN.md sections 4.6 and 6). */
@RestController
class CaseHistoryApiController {

    private final CaseHistory history;

    CaseHistoryApiController(CaseHistory history) {
        this.history = history;
    }

    /** {@code text}, optional {@code contact} {with, method, outcome, at}, optional {@code corrects} (a note id). */
    record NoteRequest(String text, NewNote.Contact contact, Long corrects) {
    }

    @PostMapping("/api/reports/{reference}/notes")
    ResponseEntity<HistoryItem> addNote(@PathVariable String reference, @RequestBody NoteRequest request) {
        CaseRef ref = history.requireVisible(CaseKind.REPORT, reference);
        HistoryItem note = history.addNote(ref, new NewNote(request.text(), request.contact(), request.corrects()));
        return ResponseEntity.created(URI.create("/api/reports/" + reference + "/history#" + note.id())).body(note);
    }

    @GetMapping("/api/reports/{reference}/history")
    Map<String, Object> history(@PathVariable String reference) {
        CaseRef ref = history.requireVisible(CaseKind.REPORT, reference);
        List<HistoryItem> entries = history.history(ref);
        return Map.of("reference", reference, "entries", entries);
    }
}
