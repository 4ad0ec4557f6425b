package org.csucasework.intake.api;

import java.util.List;

/**
 * The JSON body of {@code POST /api/reports} (DESIGN.md section 6). Dates are read leniently and checked after. A
 * reporter or subject with a {@code personId} is that person on record; without one, a new record.
 */
record ReportRequest(String receivedAt, String categoryCode, String wardCode, String location,
                     String sourceAgencyCode, Boolean anonymous, Reporter reporter, List<Subject> subjects,
                     String description, String incidentDate, RiskAssessment riskAssessment,
                     List<String> hateCharacteristics) {

    /** The victim risk assessment: {@code answers} by question code ({@code reference/risk-questions.csv}). */
    record RiskAssessment(java.util.Map<String, Boolean> answers) {
    }

    record Reporter(Long personId, String name, String phone, String email, String address) {
    }

    record Subject(String role, Long personId, String name, String dateOfBirth) {
    }
}
