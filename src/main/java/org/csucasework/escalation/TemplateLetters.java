package org.csucasework.escalation;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.csucasework.escalation.internal.LetterPdf;
import org.csucasework.escalation.internal.LetterTemplate;
import org.csucasework.escalation.internal.LetterTemplateRepository;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters of other modules (an ASB Case Review's threshold decision and outcome) written the way the ladder's are:
 * a stored template, its {@code {{placeholders}}} filled with the caller's values, laid out as the same A4 PDF under
 * the council's heading. One letter capability for the product; the caller has checked who may have the letter.
 */
@Service
@RequiredArgsConstructor
public class TemplateLetters {

    private final LetterTemplateRepository templates;
    private final ReferenceDataService referenceData;

    /**
     * The letter of template {@code templateCode} filled with {@code values} (a placeholder without a value is left
     * blank, as on the ladder's letters).
     */
    @Transactional(readOnly = true)
    public DocumentFile write(String templateCode, Map<String, String> values, String fileName) {
        LetterTemplate template = templates.findByStageCode(templateCode)
                .orElseThrow(() -> new NotFoundException("No letter template " + templateCode));
        String district = referenceData.district().getName();
        Map<String, String> filled = new java.util.HashMap<>(values);
        filled.putIfAbsent("district.name", district);
        byte[] pdf = LetterPdf.render(district + "\nCommunity Safety Unit", Placeholders.fill(template.getTitle(),
                filled), Placeholders.fill(template.getBody(), filled));
        return new DocumentFile(fileName, pdf);
    }
}
