package org.csucasework.reporting;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.csucasework.shared.CsvCell;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every figures table as CSV and XLSX, and the whole figures pack of a period as one PDF with its tables and charts
 * (OpenPDF, JFreeChart). Numbers stay numbers in the spreadsheets.
 */
@Service
public class FiguresExports {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 7);
    private static final Font CELL_BOLD = new Font(Font.HELVETICA, 7, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);

    private final FiguresService figures;
    private final PartnerFiguresService partnerFigures;
    private final PriorityService priorities;
    private final FiguresCharts charts;
    private final Clock clock;
    private final VictimRiskFiguresService victimRisk;

    FiguresExports(FiguresService figures, PartnerFiguresService partnerFigures, PriorityService priorities,
                   FiguresCharts charts, Clock clock, VictimRiskFiguresService victimRisk) {
        this.victimRisk = victimRisk;
        this.figures = figures;
        this.partnerFigures = partnerFigures;
        this.priorities = priorities;
        this.charts = charts;
        this.clock = clock;
    }

    /** The table as CSV: a header line with the column names, then one line per row; no cell runs as a formula. */
    public byte[] csv(FiguresTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(table.columns().stream().map(CsvCell::defuse).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(FiguresTable::text).map(CsvCell::defuse).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The tables as one workbook, a sheet each, with the title above the header row. */
    public byte[] xlsx(List<FiguresTable> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            XSSFFont boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0#"));
            Set<String> sheetNames = new HashSet<>();
            for (FiguresTable table : tables) {
                Sheet sheet = workbook.createSheet(sheetName(table.title(), sheetNames));
                Row title = sheet.createRow(0);
                title.createCell(0).setCellValue(table.title());
                title.getCell(0).setCellStyle(bold);
                Row header = sheet.createRow(1);
                for (int c = 0; c < table.columns().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.columns().get(c));
                    cell.setCellStyle(bold);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 2);
                    List<Object> cells = table.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof Long || value instanceof Integer) {
                            cell.setCellValue(((Number) value).doubleValue());
                        } else if (value instanceof BigDecimal number) {
                            cell.setCellValue(number.doubleValue());
                            cell.setCellStyle(decimal);
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
                sheet.createFreezePane(2, 2);
                sheet.setColumnWidth(1, 40 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every table of the pack for a period: the headline figures, victims and risk, and the month tables. */
    @PreAuthorize(FiguresService.READERS)
    @Transactional(readOnly = true)
    public List<FiguresTable> tables(Period period) {
        List<FiguresTable> tables = new ArrayList<>();
        tables.add(FiguresTable.of(figures.headline(period)));
        tables.add(victimRisk.figures(period).table());
        figures.allTables(period).forEach(table -> tables.add(FiguresTable.of(table)));
        return tables;
    }

    /**
     * The figures pack of a period as one PDF: the headline figures with their chart, the victims and risk table
     * (after the headline figures, which stay as the Strategic Assessment has them), each month table with its
     * charts, the partner figures of periods starting with it, and the year's priority ranking where there is one.
     */
    @PreAuthorize(FiguresService.READERS)
    @Transactional(readOnly = true)
    public byte[] pack(Period period) {
        HeadlineFigures headline = figures.headline(period);
        VictimRiskFigures victims = victimRisk.figures(period);
        List<MonthlyTable> tables = figures.allTables(period);
        PartnerTable partners = partnerFigures.table(null, period.from());
        PriorityRanking ranking = period.equals(figures.strategicYear(period.from().getYear()))
                ? priorities.ranking(period.from().getYear()) : null;

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Community safety figures " + period.label());
            document.addCreator("CSU Casework");
            document.open();
            document.add(new Paragraph("Community safety figures", TITLE));
            document.add(new Paragraph(period.label() + ", compared with " + period.previous().label(), HEADING));
            document.add(new Paragraph("Produced " + LocalDateTime.now(clock.withZone(FiguresService.DISTRICT_ZONE))
                    .format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK))
                    + " from the casework records. Percentages to one decimal place; empty where the previous figure "
                    + "is zero. A figure the product does not record yet is marked not available.", TEXT));

            section(document, FiguresTable.of(headline), false);
            chart(document, charts.png(charts.headline(headline), 1100, 420));
            document.newPage();
            section(document, victims.table(), false);

            for (MonthlyTable table : tables) {
                document.newPage();
                section(document, FiguresTable.of(table), true);
                PdfPTable pair = new PdfPTable(2);
                pair.setWidthPercentage(100);
                pair.addCell(imageCell(charts.png(charts.reportsPerMonth(table), 700, 380)));
                pair.addCell(imageCell(charts.png(charts.comparedWithPrevious(table, 10), 700, 380)));
                document.add(pair);
            }
            if (!partners.rows().isEmpty()) {
                document.newPage();
                section(document, FiguresTable.of(partners), false);
            }
            if (ranking != null && !ranking.issues().isEmpty()) {
                document.newPage();
                section(document, FiguresTable.of(ranking), false);
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The figures pack could not be written", e);
        }
        return out.toByteArray();
    }

    private static void section(Document document, FiguresTable table, boolean lastRowIsTotal)
            throws DocumentException {
        Paragraph heading = new Paragraph(table.title(), HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(6);
        document.add(heading);
        PdfPTable pdf = new PdfPTable(table.columns().size());
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        float[] widths = new float[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c == 1 ? 5f : c == 0 ? 2.2f : 1.2f;
        }
        pdf.setWidths(widths);
        for (String column : table.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(column, CELL_BOLD));
            cell.setBackgroundColor(new Color(0xE4, 0xEC, 0xF5));
            pdf.addCell(cell);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            boolean total = lastRowIsTotal && r == table.rows().size() - 1;
            for (Object value : table.rows().get(r)) {
                PdfPCell cell = new PdfPCell(new Phrase(FiguresTable.text(value), total ? CELL_BOLD : CELL));
                if (value instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdf.addCell(cell);
            }
        }
        document.add(pdf);
    }

    private static void chart(Document document, byte[] png) throws DocumentException, IOException {
        Image image = Image.getInstance(png);
        image.scaleToFit(760, 300);
        image.setAlignment(Element.ALIGN_CENTER);
        document.add(new Chunk("\n"));
        document.add(image);
    }

    private static PdfPCell imageCell(byte[] png) throws IOException {
        Image image = Image.getInstance(png);
        PdfPCell cell = new PdfPCell(image, true);
        cell.setBorder(0);
        cell.setPadding(4);
        return cell;
    }

    private static String sheetName(String title, Set<String> taken) {
        String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").replace("Reports by ", "");
        int comma = base.indexOf(',');
        base = (comma > 0 ? base.substring(0, comma) : base).replaceAll("\\s+", " ").trim();
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + " " + i;
        }
        return name;
    }
}
