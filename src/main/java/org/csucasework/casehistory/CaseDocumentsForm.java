package org.csucasework.casehistory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;


import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.csucasework.shared.ui.Notices;
import org.csucasework.casehistory.internal.CaseDocument;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;

/**
 * Attaching a document to a case: a description and a file, streamed straight into the document store as it
 * arrives (the upload is not held in memory, and the session is not locked while it streams). The type is checked
 * from the content by {@link CaseDocuments}; a refusal names the file and stays on screen until dismissed.
 */
public class CaseDocumentsForm extends VerticalLayout {

    private final CaseDocuments documents;
    private final CaseRef ref;
    private final Runnable attached;
    private final TextField description = new TextField("Description of the document");
    private final Upload upload;
    private final Paragraph error = new Paragraph();

    /** @param attached run (with the UI locked) after a document was attached, to show it */
    public CaseDocumentsForm(CaseDocuments documents, CaseRef ref, Runnable attached) {
        this.documents = documents;
        this.ref = ref;
        this.attached = attached;
        setPadding(false);
        setSpacing(false);
        addClassName("case-documents-form");
        description.setMaxLength(CaseDocument.DESCRIPTION);
        description.setWidthFull();
        description.setHelperText("Optional. For example: diary sheets for March, photo of the damage");
        upload = new Upload((UploadHandler) this::receive);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxSize()));
        upload.setDropAllowed(true);
        Button choose = new Button("Choose a file to attach");
        upload.setUploadButton(choose);
        upload.getElement().setAttribute("aria-label", "Attach a document");
        upload.setId("attach-document");
        error.addClassName("attach-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(new H3("Attach a document"), new Paragraph("Photos, diary sheets, statements, PDFs and office documents,"
                + " up to " + DocumentTypes.sizeText(documents.maxSize()) + ". Anyone who can see this case can"
                + " open them; every download is recorded."), description, upload, error);
    }

    /** Runs on the upload's request thread, without the session lock: only the UI changes take it. */
    private void receive(UploadEvent event) {
        UI ui = event.getUI();
        String[] text = new String[1];
        ui.accessSynchronously(() -> text[0] = description.getValue());
        String outcome;
        boolean ok = false;
        try (InputStream content = event.getInputStream()) {
            DocumentInfo info = documents.attach(ref, event.getFileName(), text[0], event.getFileSize(), content);
            outcome = "Attached " + info.name() + " (" + info.typeLabel() + ", " + info.sizeText() + ").";
            ok = true;
        } catch (ValidationException e) {
            outcome = e.errors().get(0).message();
        } catch (NotFoundException e) {
            outcome = "You can no longer see this case.";
        } catch (IOException e) {
            outcome = "The file could not be read to the end. Try again.";
        }
        boolean success = ok;
        String message = outcome;
        ui.access(() -> shown(success, message));
    }

    void shown(boolean success, String message) {
        upload.clearFileList();
        if (success) {
            error.setVisible(false);
            description.clear();
            attached.run();
            Notices.success(message);
        } else {
            error.setText(message);
            error.setVisible(true);
        }
    }

    /** A link that downloads the document through {@link CaseDocuments} (checked and audited at every click). */
    public static Component downloadLink(CaseDocuments documents, long documentId, String label) {
        Anchor link = new Anchor((DownloadHandler) event -> {
            try {
                documents.download(documentId, info -> {
                    event.setFileName(info.name());
                    event.setContentType(info.contentType());
                    event.setContentLength(info.size());
                }, event.getOutputStream());
            } catch (NotFoundException e) {
                event.getResponse().setStatus(404);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }, "Download");
        link.getElement().setAttribute("aria-label", label);
        link.addClassName("document-download");
        return link;
    }

    Upload upload() {
        return upload;
    }
}
