package org.csucasework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** An analyst opens the annual figures and exports all the tables as a spreadsheet. */
@BrowserTest
class FiguresExportBrowserIT {

    @Test
    void anAnalystOpensTheFiguresAndExportsXlsx(Browser browser) throws Exception {
        browser.signIn("analyst");
        browser.open("/reporting/figures");
        if (browser.hasButton("Show figures")) {
            browser.click("Show figures");
        }
        WebElement link = browser.button("All tables (XLSX)");
        String href = link.getAttribute("href");
        assertThat(href).as("the export is a link the browser downloads").isNotBlank();

        Map<String, Object> response = browser.fetch(href);
        assertThat(response.get("status")).isEqualTo(200L);
        assertThat((String) response.get("type")).contains("spreadsheetml");
        assertThat((String) response.get("disposition")).contains(".xlsx");

        byte[] file = browser.download(href);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getNumberOfSheets()).isPositive();
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isPositive();
        }
    }
}
