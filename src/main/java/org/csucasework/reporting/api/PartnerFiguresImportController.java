package org.csucasework.reporting.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import lombok.RequiredArgsConstructor;
import org.csucasework.reporting.PartnerFiguresService;
import org.csucasework.reporting.PartnerImportResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/imports/partner-figures} ({@code text/csv}): partner counts, all or nothing. Analysts only. */
@RestController
@RequiredArgsConstructor
class PartnerFiguresImportController {

    private final PartnerFiguresService partnerFigures;

    @PostMapping(path = "/api/imports/partner-figures", consumes = "text/csv")
    PartnerImportResult importFigures(HttpServletRequest request) throws IOException {
        try (Reader csv = new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8)) {
            return partnerFigures.importCsv(csv);
        }
    }
}
