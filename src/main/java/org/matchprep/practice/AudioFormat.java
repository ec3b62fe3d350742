package org.matchprep.practice;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The containers a recording may come in, told apart by their first bytes, whatever the file is called or
 * the browser declares: browsers record WebM (Chrome, Firefox), Ogg (Firefox) or MP4 (Safari); WAV is what
 * other tools write. A WebM or MP4 that carries a video track (the applicant chose "Record video too") is
 * the video kind of its container ({@link ContainerTracks}), so it is served and played as video.
 */
public enum AudioFormat {
    WEBM("audio/webm"),
    WEBM_VIDEO("video/webm"),
    OGG("audio/ogg"),
    MP4("audio/mp4"),
    MP4_VIDEO("video/mp4"),
    WAV("audio/wav");

    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};

    private final String contentType;

    AudioFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public boolean video() {
        return contentType.startsWith("video/");
    }

    /**
     * The format of a file from its start (the first stored piece, up to 256 KB: enough for the track list,
     * which browsers write before the first media data); empty for anything that is not a recording.
     */
    public static Optional<AudioFormat> sniff(byte[] start) {
        if (startsWith(start, 0, EBML)) {
            return Optional.of(ContainerTracks.webmHasVideo(start) ? WEBM_VIDEO : WEBM);
        }
        if (startsWith(start, 0, ascii("OggS"))) {
            return Optional.of(OGG);
        }
        if (startsWith(start, 4, ascii("ftyp"))) {
            return Optional.of(ContainerTracks.mp4HasVideo(start) ? MP4_VIDEO : MP4);
        }
        if (startsWith(start, 0, ascii("RIFF")) && startsWith(start, 8, ascii("WAVE"))) {
            return Optional.of(WAV);
        }
        return Optional.empty();
    }

    /** Whether a stored content type is a video, e.g. to choose the player. */
    public static boolean isVideo(String contentType) {
        return contentType != null && contentType.startsWith("video/");
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
