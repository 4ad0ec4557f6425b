package org.csucasework.casehistory;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Which files may be attached to a case, decided from their content by Apache Tika's magic numbers (tika-core), not
 * from their name or what the browser claims. The name only refines a type the content already shows (a ZIP whose
 * name ends .docx is a Word document; a program whose name ends .pdf is still a program, and is refused).
 */
public final class DocumentTypes {

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

    /** The types that may be attached, with their names in words. */
    static final Map<String, String> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("application/pdf", "PDF document");
        ALLOWED.put("image/jpeg", "JPEG photo");
        ALLOWED.put("image/png", "PNG image");
        ALLOWED.put("image/gif", "GIF image");
        ALLOWED.put("image/webp", "WebP image");
        ALLOWED.put("image/heic", "HEIC photo");
        ALLOWED.put("image/tiff", "TIFF image");
        ALLOWED.put("text/plain", "Text");
        ALLOWED.put("application/rtf", "Rich text document");
        ALLOWED.put("application/msword", "Word document");
        ALLOWED.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document");
        ALLOWED.put("application/vnd.ms-excel", "Excel spreadsheet");
        ALLOWED.put("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel spreadsheet");
        ALLOWED.put("application/vnd.oasis.opendocument.text", "OpenDocument text");
        ALLOWED.put("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet");
        ALLOWED.put("message/rfc822", "E-mail message");
    }

    /** What attaching accepts, in words, for forms and refusals. */
    public static final String ALLOWED_TEXT = "photos (JPEG, PNG, HEIC), PDFs, text, Word, Excel and OpenDocument files"
            + " and e-mails";

    private DocumentTypes() {
    }

    /**
     * The type of the content, from its first bytes (the stream must support mark/reset: it is reset after), with
     * the file name as a hint that may only narrow the type the content shows.
     */
    static MediaType detect(InputStream content, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        return TIKA.detect(content, metadata);
    }

    /** The name in words of an allowed type, or empty when the type may not be attached. */
    static Optional<String> labelOf(MediaType type) {
        return Optional.ofNullable(ALLOWED.get(type.getBaseType().toString()));
    }

    /** The size in words: "840 bytes", "12.5 KB", "3.2 MB" (1 KB = 1,024 bytes, as file managers count). */
    public static String sizeText(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.UK, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /**
     * A file name safe to store, show and send back in a download: the last part of any path, control characters and
     * characters that mean something to file systems or headers replaced, at most 120 characters with the extension
     * kept; "document" when nothing is left.
     */
    public static String safeName(String name) {
        if (name == null) {
            return "document";
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder safe = new StringBuilder();
        last.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || "<>:\"|?*;%".indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT) {
                safe.append('_');
            } else {
                safe.appendCodePoint(c);
            }
        });
        String cleaned = safe.toString().strip().replaceAll("\\s+", " ").replaceAll("^[.\\s]+", "");
        if (cleaned.length() > 120) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, 120 - extension.length()) + extension;
        }
        return cleaned.isBlank() ? "document" : cleaned;
    }
}
