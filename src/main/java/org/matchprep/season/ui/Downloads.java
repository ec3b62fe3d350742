package org.matchprep.season.ui;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;

/** Download links whose content is made when clicked, by the signed-in user's own service call. */
final class Downloads {

    private Downloads() {
    }

    static Anchor csv(String text, String fileName, Supplier<String> content) {
        return anchor(text, fileName, "text/csv;charset=UTF-8", () -> content.get().getBytes(StandardCharsets.UTF_8));
    }

    static Anchor pdf(String text, String fileName, Supplier<byte[]> content) {
        return anchor(text, fileName, "application/pdf", content);
    }

    private static Anchor anchor(String text, String fileName, String contentType, Supplier<byte[]> content) {
        DownloadHandler handler = event -> {
            byte[] bytes = content.get();
            event.setFileName(fileName);
            event.setContentType(contentType);
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.addClassName("season-download");
        return anchor;
    }
}
