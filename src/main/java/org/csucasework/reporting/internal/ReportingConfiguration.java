package org.csucasework.reporting.internal;

import org.csucasework.reporting.PriorityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PriorityProperties.class)
class ReportingConfiguration {
}
