package org.matchprep.practice;

import java.util.ArrayList;
import java.util.List;

/**
 * How a recording was spoken: its length, the time with speech in it, and the long pauses (over
 * {@link #LONG_PAUSE_MS}) with their times. Measured in the browser from the decoded audio; {@link #checked}
 * is the server's check of what it can verify without decoding (decision 020).
 */
public record Delivery(int durationMs, int speakingMs, List<Pause> longPauses) {

    /** A silence longer than this is a pause worth seeing. */
    public static final int LONG_PAUSE_MS = 2000;
    /** More than this many long pauses is not a measurement of speech. */
    static final int MAX_PAUSES = 500;

    public Delivery {
        longPauses = List.copyOf(longPauses);
    }

    /** The figures if they are consistent: speaking time and pauses inside the length, pauses in order. */
    public static Delivery checked(int durationMs, int speakingMs, List<Pause> pauses) {
        if (durationMs <= 0) {
            throw new RecordingRejectedException("The recording has no length: nothing was recorded.");
        }
        if (speakingMs < 0 || speakingMs > durationMs) {
            throw new RecordingRejectedException("The speaking time must lie within the recording's length.");
        }
        if (pauses.size() > MAX_PAUSES) {
            throw new RecordingRejectedException("Too many pauses to be a spoken answer.");
        }
        int previousEnd = 0;
        List<Pause> kept = new ArrayList<>();
        for (Pause pause : pauses) {
            if (pause.startMs() < previousEnd || pause.endMs() <= pause.startMs() || pause.endMs() > durationMs) {
                throw new RecordingRejectedException("The pauses must lie within the recording, in order.");
            }
            previousEnd = pause.endMs();
            if (pause.lengthMs() > LONG_PAUSE_MS) {
                kept.add(pause);
            }
        }
        return new Delivery(durationMs, speakingMs, kept);
    }

    /** "1200-3400,8000-10500", as stored. */
    public String pausesText() {
        return String.join(",", longPauses.stream().map(pause -> pause.startMs() + "-" + pause.endMs()).toList());
    }

    /** Reads {@link #pausesText()}; refuses anything else. */
    public static List<Pause> parsePauses(String text) {
        List<Pause> pauses = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return pauses;
        }
        for (String item : text.split(",")) {
            String[] bounds = item.trim().split("-");
            try {
                if (bounds.length != 2) {
                    throw new NumberFormatException(item);
                }
                pauses.add(new Pause(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])));
            } catch (NumberFormatException notAPause) {
                throw new RecordingRejectedException("The pauses are not readable: \"" + item + "\".");
            }
        }
        return pauses;
    }

    /** The same figures with the length the server read from the file itself. */
    Delivery withDuration(int measuredMs) {
        List<Pause> inside = longPauses.stream().filter(pause -> pause.endMs() <= measuredMs).toList();
        return new Delivery(measuredMs, Math.min(speakingMs, measuredMs), inside);
    }

    /** Speaking time as a share of the length, 0-100. */
    public int speakingPercent() {
        return durationMs == 0 ? 0 : Math.round(speakingMs * 100f / durationMs);
    }
}
