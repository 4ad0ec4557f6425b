package org.csucasework.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The priority ranking's rules ({@code casework.priorities.*}): an issue whose total reaches {@code threshold} is a
 * priority; the suggested trend score is 1 for any rise up to {@code trendSlight} per cent, 3 up to
 * {@code trendSerious}, 5 above (0 for no rise); the suggested volume score is 1 for any share of all reports below
 * {@code volumeSlight} per cent, 3 below {@code volumeSerious}, 5 from there (0 for no reports).
 */
@ConfigurationProperties("casework.priorities")
public record PriorityProperties(@DefaultValue("20") int threshold,
                                 @DefaultValue("10") double trendSlight,
                                 @DefaultValue("25") double trendSerious,
                                 @DefaultValue("5") double volumeSlight,
                                 @DefaultValue("15") double volumeSerious) {
}
