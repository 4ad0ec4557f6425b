package org.csucasework.intake.internal;

import org.csucasework.intake.CaseReviewRule;
import org.csucasework.intake.RepeatThresholds;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({RepeatThresholds.class, CaseReviewRule.class})
class IntakeConfiguration {
}
