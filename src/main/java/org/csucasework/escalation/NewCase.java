package org.csucasework.escalation;

/**
 * Opening a case by hand: the report that is its first evidence, the person it is about (one of that report's
 * people), where letters go, and for a young person their parent or guardian.
 */
public record NewCase(String reportReference, Long personId, String letterAddress, boolean youngPerson,
                      String guardianName, String guardianAddress) {
}
