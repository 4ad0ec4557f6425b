package org.csucasework.dataprotection.internal;

import org.csucasework.dataprotection.RetentionProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The retention settings ({@code casework.retention.*}); scheduling is on already (notifications). */
@Configuration
@EnableConfigurationProperties(RetentionProperties.class)
class DataProtectionConfiguration {
}
