package org.csucasework.intake.api;

import java.util.List;

/** The JSON body of {@code POST /api/reports} (DESIGN.md section 6). Dates are read leniently and checked after. */
record ReportRequest(String receivedAt, String categoryCode, String wardCode, String location,
                     String sourceAgencyCode, Boolean anonymous, Reporter reporter, List<Subject> subjects,
                     String description, String incidentDate) {

    record Reporter(String name, String phone, String email) {
    }

    record Subject(String role, String name, String dateOfBirth) {
    }
}
