package org.csucasework.marac.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Lays a Community MARAC meeting pack out as an A4 PDF: the heading and restriction marking, then one section per case
 * on the agenda with its lines (subject, criteria, risk, history, reports, decisions, actions).
 */
public final class MeetingPackPdf {

    /** One case of the pack: a heading and its lines of text. */
    public record Section(String heading, List<String> lines) {
    }

    private MeetingPackPdf() {
    }

    public static byte[] render(String title, List<String> preamble, List<Section> sections) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("CSU Casework");
            document.open();
            Font marking = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
            Font titleFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
            Font headingFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);

            document.add(new Paragraph("OFFICIAL-SENSITIVE: for Community MARAC members only. Do not copy or forward.",
                    marking));
            Paragraph titleParagraph = new Paragraph(title, titleFont);
            titleParagraph.setSpacingBefore(8);
            titleParagraph.setSpacingAfter(8);
            document.add(titleParagraph);
            for (String line : preamble) {
                document.add(new Paragraph(line, body));
            }
            for (Section section : sections) {
                Paragraph heading = new Paragraph(section.heading(), headingFont);
                heading.setSpacingBefore(14);
                heading.setSpacingAfter(4);
                document.add(heading);
                for (String line : section.lines()) {
                    Paragraph paragraph = new Paragraph(line, body);
                    paragraph.setLeading(13);
                    paragraph.setSpacingAfter(3);
                    document.add(paragraph);
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The meeting pack could not be laid out as a PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}
