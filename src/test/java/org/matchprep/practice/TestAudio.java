package org.matchprep.practice;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * WAV files made in Java for the tests: 16-bit mono PCM, a speech-like tone (a 220 Hz voice with a slow
 * swell, so a level meter moves) in bursts with silences of known length between them.
 */
public final class TestAudio {

    public static final int RATE = 48_000;

    private TestAudio() {
    }

    /** Alternating tone and silence, in milliseconds, starting with a tone: {@code 3000, 3000, 2000}. */
    public static byte[] wav(int... toneThenSilenceMs) {
        int totalMs = 0;
        for (int part : toneThenSilenceMs) {
            totalMs += part;
        }
        int samples = (int) ((long) totalMs * RATE / 1000);
        ByteBuffer wav = header(samples * 2);
        int sample = 0;
        for (int index = 0; index < toneThenSilenceMs.length; index++) {
            int count = (int) ((long) toneThenSilenceMs[index] * RATE / 1000);
            boolean tone = index % 2 == 0;
            for (int i = 0; i < count && sample < samples; i++, sample++) {
                double t = (double) i / RATE;
                double value = tone ? 0.5 * (0.7 + 0.3 * Math.sin(2 * Math.PI * 3 * t)) * Math.sin(2 * Math.PI * 220 * t)
                        : 0;
                wav.putShort((short) Math.round(value * Short.MAX_VALUE));
            }
        }
        while (sample++ < samples) {
            wav.putShort((short) 0);
        }
        return wav.array();
    }

    /** The same as a file, for Chromium's fake microphone. */
    public static Path wavFile(Path file, int... toneThenSilenceMs) throws IOException {
        Files.write(file, wav(toneThenSilenceMs));
        return file;
    }

    private static ByteBuffer header(int dataBytes) {
        ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(RATE).putInt(RATE * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        return wav;
    }
}
