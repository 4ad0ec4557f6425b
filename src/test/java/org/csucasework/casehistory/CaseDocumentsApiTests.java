package org.csucasework.casehistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestReport;
import org.csucasework.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * {@code POST /api/reports/{reference}/documents} and {@code GET /api/documents/{id}} on PostgreSQL: real PDFs and
 * photos attached and downloaded unchanged (sha256), the type decided from the content, a program renamed .pdf
 * refused naming the file, a file over the limit refused before anything is kept, and another agency finds nothing.
 */
@IntegrationTest
class CaseDocumentsApiTests extends ApiTestBase {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CaseDocuments documents;
    @Autowired
    private CaseHistory history;
    @LocalServerPort
    private int port;

    private String logReport() {
        return api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body()).text("/reference");
    }

    private MockHttpServletResponse upload(String user, String reference, String name, byte[] content,
                                           String description) throws Exception {
        var request = MockMvcRequestBuilders.multipart("/api/reports/" + reference + "/documents")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(httpBasic(user, ApiTestClient.PASSWORD));
        if (description != null) {
            request.param("description", description);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private long documentCount(String reference) {
        return jdbc.queryForObject("select count(*) from case_document d join report r on r.id = d.case_id"
                + " where d.case_kind = 'REPORT' and r.reference = ?", Long.class, reference);
    }

    static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void aPdfAndAPhotoAreAttachedByTheirContentAndComeBackUnchangedWithEveryDownloadAudited() throws Exception {
        String reference = logReport();
        byte[] statement = pdf("Witness statement of the reporter, 6 December 2026.");
        byte[] photo = png();

        // The names say nothing true about the content: the type comes from the bytes.
        MockHttpServletResponse pdfAnswer = upload("caseworker", reference, "statement", statement, "Statement");
        MockHttpServletResponse photoAnswer = upload("caseworker", reference, "../../damage photo.jpg", photo, null);

        assertThat(pdfAnswer.getStatus()).isEqualTo(201);
        JsonNode attached = body(pdfAnswer);
        assertThat(attached.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(attached.get("size").asLong()).isEqualTo(statement.length);
        assertThat(attached.get("sha256").asText()).isEqualTo(sha256(statement));
        assertThat(body(photoAnswer).get("contentType").asText()).isEqualTo("image/png");
        assertThat(body(photoAnswer).get("name").asText()).isEqualTo("damage photo.jpg");

        long id = attached.get("id").asLong();
        MockHttpServletResponse download = mvc.perform(MockMvcRequestBuilders.get("/api/documents/" + id)
                .with(httpBasic("caseworker", ApiTestClient.PASSWORD))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).contains("attachment").contains("statement");
        assertThat(download.getContentAsByteArray()).isEqualTo(statement);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'"
                + " and record_type = 'DOCUMENT' and record_ref = ? and username = 'caseworker'", Long.class,
                String.valueOf(id))).isOne();
        assertThat(api.get("caseworker", "/api/reports/" + reference + "/history").at("/entries")
                .findValuesAsText("kind")).containsSequence("DOCUMENT", "DOCUMENT");
    }

    @Test
    void aProgramRenamedPdfIsRefusedWithAProblemNamingTheFileAndNothingIsKept() throws Exception {
        String reference = logReport();
        byte[] program = Files.readAllBytes(Files.exists(Path.of("/usr/bin/true")) ? Path.of("/usr/bin/true")
                : Path.of("/bin/true"));

        MockHttpServletResponse answer = upload("caseworker", reference, "minutes.pdf", program, null);

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        JsonNode problem = body(answer);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(problem.at("/errors/0/message").asText()).contains("\"minutes.pdf\"").contains("cannot be attached");
        assertThat(documentCount(reference)).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeAnythingIsKeptWhateverItsSenderSaid() throws Exception {
        String reference = logReport();
        long limit = documents.maxSize();
        byte[] overLimit = new byte[(int) limit + 1];
        byte[] head = pdf("A large scanned diary");
        System.arraycopy(head, 0, overLimit, 0, head.length);

        // Declared honestly (multipart size): refused before a byte is read.
        MockHttpServletResponse declared = upload("caseworker", reference, "diary.pdf", overLimit, null);
        // Understated (a stream of unknown size): stopped as it passes the limit, and nothing stays.
        CaseRef ref = signedIn.as("caseworker", () -> history.requireVisible(CaseKind.REPORT, reference));
        InputStream understated = new ByteArrayInputStream(overLimit);
        // Through the real server: the container stops the upload and the answer is a 413 problem, not a 500.
        HttpResponse<String> real = realUpload(reference, "diary.pdf", overLimit);

        assertThat(declared.getStatus()).isEqualTo(400);
        assertThat(body(declared).at("/errors/0/message").asText())
                .isEqualTo("\"diary.pdf\" is larger than the limit of 20.0 MB.");
        assertThatThrownBy(() -> signedIn.as("caseworker", () -> documents.attach(ref, "diary.pdf", null, -1,
                understated))).isInstanceOf(ValidationException.class).hasMessageContaining("larger than the limit");
        assertThat(real.statusCode()).isEqualTo(413);
        assertThat(real.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(real.body()).contains("\"field\":\"file\"");
        assertThat(documentCount(reference)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from case_document_chunk c where not exists"
                + " (select 1 from case_document d where d.id = c.document_id)", Long.class)).isZero();
    }

    @Test
    void anotherAgencyFindsNoDocumentAndCannotAttachOne() throws Exception {
        String reference = logReport();
        long id = body(upload("caseworker", reference, "notes.txt",
                "Diary: music until 2am on Friday.".getBytes(StandardCharsets.UTF_8), null)).get("id").asLong();

        MockHttpServletResponse byHousing = mvc.perform(MockMvcRequestBuilders.get("/api/documents/" + id)
                .with(httpBasic("housing", ApiTestClient.PASSWORD))).andReturn().getResponse();
        MockHttpServletResponse guessed = mvc.perform(MockMvcRequestBuilders.get("/api/documents/987654321")
                .with(httpBasic("caseworker", ApiTestClient.PASSWORD))).andReturn().getResponse();
        MockHttpServletResponse attachByHousing = upload("housing", reference, "x.txt",
                "hello".getBytes(StandardCharsets.UTF_8), null);

        assertThat(byHousing.getStatus()).isEqualTo(404);
        assertThat(byHousing.getContentAsString()).doesNotContain("Diary");
        assertThat(guessed.getStatus()).isEqualTo(404);
        assertThat(body(byHousing).get("detail").asText())
                .isEqualTo(body(guessed).get("detail").asText().replace("987654321", String.valueOf(id)));
        assertThat(attachByHousing.getStatus()).isEqualTo(404);
        assertThat(documentCount(reference)).isOne();
    }

    private HttpResponse<String> realUpload(String reference, String name, byte[] content) throws Exception {
        String boundary = "----csu" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports/"
                        + reference + "/documents"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("caseworker:" + ApiTestClient.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
