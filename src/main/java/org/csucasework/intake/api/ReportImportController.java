package org.csucasework.intake.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.ImportProgress;
import org.csucasework.intake.ImportResult;
import org.csucasework.intake.ReportImportService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/imports/reports} ({@code text/csv}): historic reports, all or nothing; 400 lists every row's
 * errors with its line. Analysts only.
 */
@RestController
@RequiredArgsConstructor
class ReportImportController {

    private final ReportImportService imports;

    @PostMapping(path = "/api/imports/reports", consumes = "text/csv")
    ImportResult importReports(HttpServletRequest request) throws IOException {
        try (Reader csv = new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8)) {
            return imports.importCsv(csv, ImportProgress.NONE);
        }
    }
}
