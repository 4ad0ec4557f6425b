package org.csucasework.escalation.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/** Lays a filled-in letter out as an A4 PDF: the council's heading, the title, then the body's paragraphs. */
public final class LetterPdf {

    private LetterPdf() {
    }

    public static byte[] render(String heading, String title, String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("CSU Casework");
            document.open();
            Font headingFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            Font titleFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
            Font bodyFont = FontFactory.getFont(FontFactory.HELVETICA, 11);

            Paragraph head = new Paragraph(heading, headingFont);
            head.setAlignment(Element.ALIGN_RIGHT);
            head.setSpacingAfter(18);
            document.add(head);

            Paragraph titleParagraph = new Paragraph(title, titleFont);
            titleParagraph.setSpacingAfter(14);
            document.add(titleParagraph);

            // Blank lines separate paragraphs; single line breaks (addresses, signatures) stay within one.
            for (String block : body.replace("\r\n", "\n").split("\n\\s*\n")) {
                Paragraph paragraph = new Paragraph(block.strip(), bodyFont);
                paragraph.setLeading(15);
                paragraph.setSpacingAfter(9);
                document.add(paragraph);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The letter could not be laid out as a PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}
