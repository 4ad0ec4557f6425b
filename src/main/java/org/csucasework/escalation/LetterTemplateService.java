package org.csucasework.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.escalation.internal.LetterPdf;
import org.csucasework.escalation.internal.LetterTemplate;
import org.csucasework.escalation.internal.LetterTemplateRepository;
import org.csucasework.reference.EscalationStage;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter templates, one per stage of the ladder and one per letter another module writes through
 * {@link TemplateLetters} (a {@link LetterKind.Source} names them). Administrators change them; a template with an unknown or
 * badly written placeholder is refused with the reason at its field, and what was typed stays on the form.
 */
@Service
public class LetterTemplateService {

    private final LetterTemplateRepository templates;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final Clock clock;
    private final ObjectProvider<LetterKind.Source> others;

    LetterTemplateService(LetterTemplateRepository templates, ReferenceDataService referenceData, UserService users,
                          Clock clock, ObjectProvider<LetterKind.Source> others) {
        this.others = others;
        this.templates = templates;
        this.referenceData = referenceData;
        this.users = users;
        this.clock = clock;
    }

    /** Every stage's template, in ladder order; a stage added to the ladder without a template gets an empty one. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'CASEWORKER')")
    @Transactional(readOnly = true)
    public List<TemplateView> list() {
        List<TemplateView> views = new ArrayList<>();
        for (EscalationStage stage : referenceData.list(ReferenceType.ESCALATION_LADDER)) {
            views.add(templates.findByStageCode(stage.getCode()).map(t -> view(t, stage))
                    .orElse(new TemplateView(null, stage.getCode(), stage.getLabel(), stage.getLabel(), "", null,
                            null, 0)));
        }
        for (LetterKind kind : otherKinds()) {
            views.add(templates.findByStageCode(kind.code()).map(t -> view(t, kind.label()))
                    .orElse(new TemplateView(null, kind.code(), kind.label(), kind.label(), "", null, null, 0)));
        }
        return views;
    }

    /** The placeholders a template may use, with what each stands for: the ladder's, or the other letter's own. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'CASEWORKER')")
    public Map<String, String> placeholdersOf(String code) {
        return otherKinds().stream().filter(k -> k.code().equals(code)).findFirst().map(LetterKind::placeholders)
                .orElse(Placeholders.ALL);
    }

    private List<LetterKind> otherKinds() {
        return others.orderedStream().flatMap(source -> source.letterKinds().stream()).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'CASEWORKER')")
    @Transactional(readOnly = true)
    public TemplateView template(String stageCode) {
        return list().stream().filter(t -> t.stageCode().equals(stageCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("No ladder stage " + stageCode));
    }

    /**
     * Saves a template's title and body. {@code expectedVersion} is the version the administrator edited (ignored
     * for a stage that had no template yet); someone else's change in between gives a {@link ConflictException}.
     */
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    @Transactional
    public TemplateView save(String stageCode, long expectedVersion, String title, String body) {
        String label = referenceData.<EscalationStage>findByCode(ReferenceType.ESCALATION_LADDER, stageCode)
                .map(EscalationStage::getLabel)
                .or(() -> otherKinds().stream().filter(k -> k.code().equals(stageCode)).findFirst()
                        .map(LetterKind::label))
                .orElseThrow(() -> ValidationException.of("stageCode", "Choose a letter"));
        java.util.Set<String> allowed = placeholdersOf(stageCode).keySet();
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "Enter the document's title"));
        } else if (title.trim().length() > EscalationFieldLimits.TEMPLATE_TITLE) {
            errors.add(new FieldError("title", "At most " + EscalationFieldLimits.TEMPLATE_TITLE + " characters"));
        } else {
            Placeholders.problemsIn(title, allowed).forEach(problem -> errors.add(new FieldError("title", problem)));
        }
        if (body == null || body.isBlank()) {
            errors.add(new FieldError("body", "Enter the text of the document"));
        } else if (body.length() > EscalationFieldLimits.TEMPLATE_BODY) {
            errors.add(new FieldError("body", "At most " + EscalationFieldLimits.TEMPLATE_BODY + " characters"));
        } else {
            Placeholders.problemsIn(body, allowed).forEach(problem -> errors.add(new FieldError("body", problem)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        CurrentUser user = users.requireCurrentUser();
        LetterTemplate template = templates.findByStageCode(stageCode).orElse(null);
        if (template == null) {
            template = new LetterTemplate(stageCode, title.trim(), body, clock.instant(), user.username());
        } else {
            if (template.getVersion() != expectedVersion) {
                throw staleEdit();
            }
            template.change(title.trim(), body, clock.instant(), user.username());
        }
        try {
            return view(templates.saveAndFlush(template), label);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw staleEdit();
        }
    }

    /** A specimen PDF of a template as typed (saved or not), filled with invented details, for the administrator. */
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    @Transactional(readOnly = true)
    public DocumentFile specimen(String stageCode, String title, String body) {
        Map<String, String> sample = new HashMap<>();
        String today = org.csucasework.escalation.internal.LetterWriter.LETTER_DATE.format(LocalDate.now(clock));
        placeholdersOf(stageCode).keySet().forEach(name -> sample.put(name, "[" + name + "]"));
        sample.put("person.name", "Jordan Specimen");
        sample.put("recipient.name", "Jordan Specimen");
        sample.put("person.address", "1 Example Street, Sevenoaks");
        sample.put("recipient.address", "1 Example Street, Sevenoaks");
        sample.put("date", today);
        sample.put("district.name", referenceData.district().getName());
        sample.put("conduct", "Shouting and swearing at neighbours in the evenings (specimen text).");
        String filledTitle = Placeholders.fill(title == null ? "" : title, sample);
        byte[] pdf = LetterPdf.render(referenceData.district().getName() + "\nCommunity Safety Unit",
                filledTitle, Placeholders.fill(body == null ? "" : body, sample));
        return new DocumentFile("specimen-" + stageCode.toLowerCase().replace('_', '-') + ".pdf", pdf);
    }

    private static TemplateView view(LetterTemplate t, EscalationStage stage) {
        return view(t, stage.getLabel());
    }

    private static TemplateView view(LetterTemplate t, String label) {
        return new TemplateView(t.getId(), t.getStageCode(), label, t.getTitle(), t.getBody(),
                t.getUpdatedAt(), t.getUpdatedBy(), t.getVersion());
    }

    private static ConflictException staleEdit() {
        return new ConflictException("Someone else changed this template while you were editing it. "
                + "Reload it to see their change, then make yours again.");
    }
}
