package org.matchprep.practice;

/**
 * A recording its caller was just allowed to read, to stream with {@link RecordingService#copy}. Only the
 * service makes one, after its access check, so the bytes are never read without that check.
 */
public final class RecordingContent {

    private final long id;
    private final String contentType;
    private final long bytes;

    RecordingContent(long id, String contentType, long bytes) {
        this.id = id;
        this.contentType = contentType;
        this.bytes = bytes;
    }

    public long id() {
        return id;
    }

    public String contentType() {
        return contentType;
    }

    public long bytes() {
        return bytes;
    }
}
