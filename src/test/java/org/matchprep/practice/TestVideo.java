package org.matchprep.practice;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The starts of WebM and MP4 files, made here byte by byte as browsers write them, with or without a video
 * track; the sniffing reads no further. WebM (Matroska's EBML): the EBML header (DocType "webm"), a Segment of
 * unknown size (as MediaRecorder writes it, while still recording), Info, Tracks with an Opus TrackEntry
 * (TrackType 2) and, for video, a VP8 one (TrackType 1), then a Cluster. MP4 (ISO BMFF): {@code ftyp}, then
 * {@code moov} with one {@code trak/mdia/hdlr} per track, handler {@code soun} or {@code vide}, then
 * {@code moof}, as a fragmented MP4 from MediaRecorder.
 */
public final class TestVideo {

    private TestVideo() {
    }

    public static byte[] webm(boolean withVideo) {
        byte[] audio = ebml(0xAE, ebml(0xD7, 1), ebml(0x83, 2), ebml(0x86, ascii("A_OPUS")));
        byte[] video = ebml(0xAE, ebml(0xD7, 2), ebml(0x83, 1), ebml(0x86, ascii("V_VP8")),
                ebml(0xE0, ebml(0xB0, 0x02, 0x80), ebml(0xBA, 0x01, 0x68))); // Video: 640 x 360
        byte[] tracks = withVideo ? ebml(0x1654AE6B, audio, video) : ebml(0x1654AE6B, audio);
        return concat(ebml(0x1A45DFA3, ebml(0x4282, ascii("webm"))),
                bytes(0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF), // Segment, size unknown
                ebml(0x1549A966, ebml(0x2AD7B1, 0x0F, 0x42, 0x40)), // Info: timestamps in milliseconds
                tracks,
                bytes(0x1F, 0x43, 0xB6, 0x75, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF), // Cluster, size unknown
                ebml(0xE7, 0x00), new byte[64]);
    }

    public static byte[] mp4(boolean withVideo) {
        byte[] moov = withVideo ? box("moov", box("mvhd", new byte[100]), track("soun"), track("vide"))
                : box("moov", box("mvhd", new byte[100]), track("soun"));
        return concat(box("ftyp", ascii("isom"), new byte[4], ascii("isomiso6mp41")), moov,
                box("moof", box("mfhd", new byte[8])), box("mdat", new byte[64]));
    }

    private static byte[] track(String handler) {
        // hdlr: version and flags, pre_defined, handler type, three reserved words, an empty name
        byte[] hdlr = box("hdlr", new byte[8], ascii(handler), new byte[13]);
        // minf holds a data handler of its own in QuickTime files ("dhlr"), which is no track type
        byte[] minf = box("minf", box("hdlr", new byte[8], ascii("alis"), new byte[13]));
        return box("trak", box("tkhd", new byte[84]), box("mdia", box("mdhd", new byte[24]), hdlr, minf));
    }

    /** An EBML element: ID as written in the specification, then its size as a one- or eight-byte number. */
    private static byte[] ebml(int id, byte[]... children) {
        byte[] content = concat(children);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] idBytes = ByteBuffer.allocate(4).putInt(id).array();
        int skip = 0;
        while (idBytes[skip] == 0) {
            skip++;
        }
        out.write(idBytes, skip, 4 - skip);
        if (content.length < 127) {
            out.write(0x80 | content.length);
        } else {
            out.write(0x01);
            out.write(ByteBuffer.allocate(8).putLong(content.length).array(), 1, 7);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] ebml(int id, int... content) {
        return ebml(id, bytes(content));
    }

    private static byte[] box(String type, byte[]... content) {
        byte[] body = concat(content);
        return concat(ByteBuffer.allocate(4).putInt(8 + body.length).array(), ascii(type), body);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
