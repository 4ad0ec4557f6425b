package org.csucasework.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Links that produce their file when followed (not when the page is drawn), and chart images served as SVG. The
 * content is made in the download's own request, as the signed-in user, so the services' access rules apply.
 */
final class Downloads {

    private Downloads() {
    }

    static Anchor link(String text, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), text);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    static Image svg(Supplier<String> svg, String alternativeText) {
        Image image = new Image(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = svg.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "chart.svg", "image/svg+xml", bytes.length);
        }), alternativeText);
        image.setMaxWidth("100%");
        return image;
    }
}
