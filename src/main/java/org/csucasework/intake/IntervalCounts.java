package org.csucasework.intake;

/**
 * How many reports with one value of a dimension were received in each of a run of consecutive intervals.
 *
 * @param code   the value, or null for reports without one
 * @param counts one count per interval, in order
 */
public record IntervalCounts(String code, long[] counts) {
}
