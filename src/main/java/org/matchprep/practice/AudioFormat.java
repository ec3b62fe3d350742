package org.matchprep.practice;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The containers a recording may come in, told apart by their first bytes, whatever the file is called or
 * the browser declares: browsers record WebM (Chrome, Firefox), Ogg (Firefox) or MP4 (Safari); WAV is what
 * other tools write.
 */
public enum AudioFormat {
    WEBM("audio/webm"),
    OGG("audio/ogg"),
    MP4("audio/mp4"),
    WAV("audio/wav");

    /** Enough of the start of a file to tell every format apart. */
    public static final int SNIFF_BYTES = 12;

    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};

    private final String contentType;

    AudioFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The format whose signature the file starts with; empty for anything else. */
    public static Optional<AudioFormat> sniff(byte[] start) {
        if (startsWith(start, 0, EBML)) {
            return Optional.of(WEBM);
        }
        if (startsWith(start, 0, ascii("OggS"))) {
            return Optional.of(OGG);
        }
        if (startsWith(start, 4, ascii("ftyp"))) {
            return Optional.of(MP4);
        }
        if (startsWith(start, 0, ascii("RIFF")) && startsWith(start, 8, ascii("WAVE"))) {
            return Optional.of(WAV);
        }
        return Optional.empty();
    }

    public static Optional<AudioFormat> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(format -> format.contentType.equals(contentType)).findFirst();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] signature) {
        return data.length >= offset + signature.length
                && Arrays.equals(data, offset, offset + signature.length, signature, 0, signature.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
