package org.csucasework.escalation.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LetterTemplateRepository extends JpaRepository<LetterTemplate, Long> {

    Optional<LetterTemplate> findByStageCode(String stageCode);
}
