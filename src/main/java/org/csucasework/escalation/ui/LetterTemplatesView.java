package org.csucasework.escalation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.csucasework.escalation.DocumentFile;
import org.csucasework.escalation.EscalationFieldLimits;
import org.csucasework.escalation.LetterTemplateService;
import org.csucasework.escalation.TemplateView;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Notices;

/**
 * Administrators edit the template of each document of the ladder, and of the letters other modules write from
 * templates (an ASB Case Review's): title and text, with placeholders such as {{person.name}}. A template with an unknown placeholder is refused with the reason at its field.
 */
@Route("admin/letter-templates")
@PageTitle("Letter templates | CSU Casework")
@Menu(title = "Letter templates", order = 92, icon = "vaadin:file-text-o")
@RolesAllowed(Role.ADMIN_NAME)
public class LetterTemplatesView extends VerticalLayout {

    private final LetterTemplateService templates;
    final Select<TemplateView> stage = new Select<>();
    final TextField title = new TextField("Title");
    final TextArea body = new TextArea("Text");
    final Button save = new Button("Save");
    private TemplateView current;
    /** The placeholders of the template being edited: the ladder's, or another letter's own. */
    private final UnorderedList placeholders = new UnorderedList();

    public LetterTemplatesView(LetterTemplateService templates) {
        this.templates = templates;
        List<TemplateView> all = templates.list();
        stage.setLabel("Document");
        stage.setItems(all);
        stage.setItemLabelGenerator(TemplateView::stageLabel);
        stage.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        title.setMaxLength(EscalationFieldLimits.TEMPLATE_TITLE);
        title.setWidthFull();
        body.setMaxLength(EscalationFieldLimits.TEMPLATE_BODY);
        body.setWidthFull();
        body.setMinHeight("24rem");
        body.setHelperText("Blank lines separate paragraphs");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Anchor specimen = new Anchor(DownloadHandler.fromInputStream(event -> {
            DocumentFile file = templates.specimen(current.stageCode(), title.getValue(), body.getValue());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), "application/pdf",
                    file.content().length);
        }), "Specimen PDF of the text as typed");

        VerticalLayout editor = new VerticalLayout(stage, title, body, new HorizontalLayout(save, specimen));
        editor.setPadding(false);
        VerticalLayout help = new VerticalLayout(new H2("Placeholders"), new Paragraph(
                "Each is replaced when a document is generated. Any other placeholder is refused."), placeholders);
        help.setWidth("24rem");
        HorizontalLayout content = new HorizontalLayout(editor, help);
        content.setWidthFull();
        content.setFlexGrow(1, editor);
        add(new H1("Letter templates"), content);
        if (!all.isEmpty()) {
            stage.setValue(all.get(0));
        }
    }

    private void edit(TemplateView template) {
        current = template;
        placeholders.removeAll();
        templates.placeholdersOf(template.stageCode())
                .forEach((name, meaning) -> placeholders.add(new ListItem("{{" + name + "}}: " + meaning)));
        title.setValue(template.title());
        body.setValue(template.body());
        FieldErrors.show(List.of(), fields());
    }

    private void save() {
        try {
            TemplateView saved = templates.save(current.stageCode(), current.version(), title.getValue(), body.getValue());
            current = saved;
            Notices.success("Saved the template of the " + saved.stageLabel());
            FieldErrors.show(List.of(), fields());
        } catch (ValidationException e) {
            Notices.refused(FieldErrors.show(e.errors(), fields()));
        } catch (ConflictException e) {
            Notices.error(e.getMessage());
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("title", title, "body", body);
    }
}
