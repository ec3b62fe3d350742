package org.matchprep.practice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the server can read of a WAV file without decoding it: where the samples start, how many bytes of
 * them the header announces, and how many bytes make a second. Enough to measure its length and to tell a
 * truncated file. Other containers (WebM from MediaRecorder) carry no reliable length, see decision 020.
 */
record WavHeader(int dataOffset, long dataBytes, int byteRate) {

    /** The header, if the first bytes of the file hold one with its "fmt " and "data" chunks. */
    static Optional<WavHeader> read(byte[] start) {
        if (start.length < 12 || !chunkId(start, 0).equals("RIFF") || !chunkId(start, 8).equals("WAVE")) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(start).order(ByteOrder.LITTLE_ENDIAN);
        int byteRate = 0;
        int position = 12;
        while (position + 8 <= start.length) {
            String id = chunkId(start, position);
            long size = Integer.toUnsignedLong(buffer.getInt(position + 4));
            if (id.equals("fmt ") && position + 16 <= start.length) {
                byteRate = buffer.getInt(position + 8 + 8);
            }
            if (id.equals("data")) {
                return byteRate <= 0 ? Optional.empty() : Optional.of(new WavHeader(position + 8, size, byteRate));
            }
            position += 8 + (int) Math.min(size + (size & 1), Integer.MAX_VALUE - position - 8);
        }
        return Optional.empty();
    }

    /** Length in milliseconds of {@code sampleBytes} bytes of samples. */
    int millisOf(long sampleBytes) {
        return (int) Math.min(Integer.MAX_VALUE, sampleBytes * 1000 / byteRate);
    }

    /** A streamed WAV may leave the data size open (0 or all ones); then the file's end is the data's end. */
    boolean sizeOpen() {
        return dataBytes == 0 || dataBytes == 0xFFFFFFFFL;
    }

    private static String chunkId(byte[] data, int offset) {
        return new String(data, offset, 4, StandardCharsets.US_ASCII);
    }
}
