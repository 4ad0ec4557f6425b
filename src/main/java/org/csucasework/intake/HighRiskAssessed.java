package org.csucasework.intake;

/**
 * A report's victim was assessed as HIGH risk (and was not before): published in the assessing transaction, for the
 * supervisors to be told. Reference and ids only.
 */
public record HighRiskAssessed(Long reportId, String reference, Long assessmentId) {
}
