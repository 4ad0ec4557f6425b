package org.csucasework.actions.api;

import lombok.RequiredArgsConstructor;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An action worked through the API, whoever owns it (actions are added under their owner: a report, a group...). */
@RestController
@RequiredArgsConstructor
class ActionsApiController {

    private final ActionService actions;

    record CompleteRequest(String outcome) {
    }

    @PostMapping("/api/actions/{id}/complete")
    ActionView complete(@PathVariable Long id, @RequestBody CompleteRequest request) {
        return actions.complete(id, request.outcome());
    }
}
