package org.csucasework.casereview.internal;

import org.csucasework.casereview.CaseReviewSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CaseReviewSettings.class)
class CaseReviewConfiguration {
}
