package org.csucasework.escalation;

import java.util.Map;

/**
 * A letter another module writes through {@link TemplateLetters}: the code of its stored template, its name on the
 * letter templates screen, and the placeholders it fills (name to meaning), the only ones its template may use.
 */
public record LetterKind(String code, String label, Map<String, String> placeholders) {

    /** Implemented by a module (a Spring bean) whose letters are written from templates the administrators keep. */
    public interface Source {
        java.util.List<LetterKind> letterKinds();
    }
}
