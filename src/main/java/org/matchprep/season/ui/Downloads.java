package org.matchprep.season.ui;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;

/** Download links whose content is made when clicked, by the signed-in user's own service call. */
final class Downloads {

    /**
     * Excel and Numbers read a CSV file without a byte-order mark in the machine's legacy code page, which
     * turns "Zoë Müller" into "ZoÃ« MÃ¼ller"; with the mark they read it as UTF-8.
     */
    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Downloads() {
    }

    static Anchor csv(String text, String fileName, Supplier<String> content) {
        return anchor(text, fileName, "text/csv;charset=UTF-8", () -> withByteOrderMark(content.get()));
    }

    static byte[] withByteOrderMark(String csv) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] file = Arrays.copyOf(UTF8_BOM, UTF8_BOM.length + text.length);
        System.arraycopy(text, 0, file, UTF8_BOM.length, text.length);
        return file;
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
