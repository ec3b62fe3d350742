package org.matchprep.practice;

import java.nio.charset.StandardCharsets;

/**
 * Whether a WebM or MP4 file carries a video track, read from its track list without decoding anything.
 * Browsers write the track list first (WebM: the Segment's Tracks before its first Cluster; MediaRecorder's
 * MP4 is fragmented, its {@code moov} box first), so the first stored piece of an upload holds it. An MP4
 * written with its {@code moov} at the end (not what a browser records) is not looked for there and is kept
 * as audio: its sound plays either way.
 */
final class ContainerTracks {

    private static final long SEGMENT = 0x18538067L;
    private static final long TRACKS = 0x1654AE6BL;
    private static final long TRACK_ENTRY = 0xAEL;
    private static final long TRACK_TYPE = 0x83L;
    private static final long CLUSTER = 0x1F43B675L;
    /** Matroska's TrackType for video; 2 is audio. */
    private static final long VIDEO_TRACK = 1;

    private ContainerTracks() {
    }

    /** An EBML element: its ID (marker bit kept, as the specification writes IDs), where its data starts and ends. */
    private record Element(long id, int dataStart, int dataEnd, boolean unknownSize) {
    }

    /** WebM/Matroska: a TrackEntry of the Segment's Tracks with TrackType 1. */
    static boolean webmHasVideo(byte[] data) {
        int position = 0;
        while (position < data.length) {
            Element element = element(data, position, data.length);
            if (element == null) {
                return false;
            }
            if (element.id() == SEGMENT) {
                return segmentHasVideo(data, element);
            }
            if (element.unknownSize()) {
                return false;
            }
            position = element.dataEnd();
        }
        return false;
    }

    private static boolean segmentHasVideo(byte[] data, Element segment) {
        int position = segment.dataStart();
        while (position < segment.dataEnd()) {
            Element element = element(data, position, segment.dataEnd());
            if (element == null || element.id() == CLUSTER || element.unknownSize()) {
                return false; // media data starts: the tracks would have come before
            }
            if (element.id() == TRACKS) {
                return anyChild(data, element, TRACK_ENTRY, ContainerTracks::isVideoTrack);
            }
            position = element.dataEnd();
        }
        return false;
    }

    private static boolean isVideoTrack(byte[] data, Element entry) {
        return anyChild(data, entry, TRACK_TYPE, (bytes, type) -> unsigned(bytes, type) == VIDEO_TRACK);
    }

    private interface ElementTest {
        boolean test(byte[] data, Element element);
    }

    private static boolean anyChild(byte[] data, Element parent, long childId, ElementTest test) {
        int position = parent.dataStart();
        while (position < parent.dataEnd()) {
            Element child = element(data, position, parent.dataEnd());
            if (child == null || child.unknownSize()) {
                return false;
            }
            if (child.id() == childId && test.test(data, child)) {
                return true;
            }
            position = child.dataEnd();
        }
        return false;
    }

    /** Reads the element at {@code position}; null when its header does not fit before {@code end}. */
    private static Element element(byte[] data, int position, int end) {
        int idLength = vintLength(data, position, end, 4);
        if (idLength == 0) {
            return null;
        }
        long id = 0;
        for (int i = 0; i < idLength; i++) {
            id = (id << 8) | (data[position + i] & 0xFF);
        }
        int sizeAt = position + idLength;
        int sizeLength = vintLength(data, sizeAt, end, 8);
        if (sizeLength == 0) {
            return null;
        }
        long size = data[sizeAt] & (0xFF >> sizeLength);
        boolean allOnes = size == (0xFF >> sizeLength);
        for (int i = 1; i < sizeLength; i++) {
            int next = data[sizeAt + i] & 0xFF;
            allOnes &= next == 0xFF;
            size = (size << 8) | next;
        }
        int dataStart = sizeAt + sizeLength;
        // a piece of a larger file: an element running past what we have ends where our bytes end
        int dataEnd = allOnes || size > end - dataStart ? end : dataStart + (int) size;
        return new Element(id, dataStart, dataEnd, allOnes);
    }

    /** How many bytes the variable-length integer at {@code position} takes (its leading zero bits + 1); 0 if invalid. */
    private static int vintLength(byte[] data, int position, int end, int maxLength) {
        if (position >= end) {
            return 0;
        }
        int first = data[position] & 0xFF;
        int length = Integer.numberOfLeadingZeros(first) - 23;
        return first == 0 || length > maxLength || position + length > end ? 0 : length;
    }

    private static long unsigned(byte[] data, Element element) {
        long value = 0;
        for (int i = element.dataStart(); i < element.dataEnd() && i < element.dataStart() + 8; i++) {
            value = (value << 8) | (data[i] & 0xFF);
        }
        return value;
    }

    /** MP4/ISO BMFF: a {@code moov/trak/mdia/hdlr} box whose handler type is {@code vide}. */
    static boolean mp4HasVideo(byte[] data) {
        return boxesHaveVideo(data, 0, data.length);
    }

    private static boolean boxesHaveVideo(byte[] data, int start, int end) {
        int position = start;
        while (position + 8 <= end) {
            long size = readUnsigned32(data, position);
            String type = new String(data, position + 4, 4, StandardCharsets.US_ASCII);
            int header = 8;
            if (size == 1) { // a 64-bit size follows the type
                if (position + 16 > end) {
                    return false;
                }
                size = readUnsigned32(data, position + 8) << 32 | readUnsigned32(data, position + 12);
                header = 16;
            } else if (size == 0) { // the box runs to the end of the file
                size = end - position;
            }
            if (size < header) {
                return false;
            }
            int boxEnd = (int) Math.min(end, position + size);
            switch (type) {
                case "moov", "trak", "mdia" -> {
                    if (boxesHaveVideo(data, position + header, boxEnd)) {
                        return true;
                    }
                }
                // a full box: version and flags (4 bytes), pre_defined (4), then the handler type
                case "hdlr" -> {
                    int handler = position + header + 8;
                    if (handler + 4 <= boxEnd
                            && "vide".equals(new String(data, handler, 4, StandardCharsets.US_ASCII))) {
                        return true;
                    }
                }
                default -> {
                }
            }
            if (boxEnd <= position) {
                return false;
            }
            position = boxEnd;
        }
        return false;
    }

    private static long readUnsigned32(byte[] data, int position) {
        return (long) (data[position] & 0xFF) << 24 | (data[position + 1] & 0xFF) << 16
                | (data[position + 2] & 0xFF) << 8 | (data[position + 3] & 0xFF);
    }
}
