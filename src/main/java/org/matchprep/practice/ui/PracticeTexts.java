package org.matchprep.practice.ui;

import java.util.stream.Collectors;

import org.matchprep.practice.Delivery;
import org.matchprep.practice.Pause;
import org.matchprep.practice.RecordingSummary;
import org.matchprep.practice.Recordings;

/** How the practice pages put figures into words. */
final class PracticeTexts {

    private PracticeTexts() {
    }

    /** "Length 1:12 · On target (60-90 s) · speaking 0:58 (81%) · long pauses: at 0:14 (2.5 s)" */
    static String figures(RecordingSummary recording) {
        Delivery delivery = recording.delivery();
        String verdict = recording.verdict().replaceFirst("\\.$", ""); // the sentence continues
        return "Length " + Recordings.clock(delivery.durationMs()) + " · " + verdict + " · speaking "
                + Recordings.clock(delivery.speakingMs()) + " (" + delivery.speakingPercent() + "%) · "
                + pauses(delivery);
    }

    static String pauses(Delivery delivery) {
        if (delivery.longPauses().isEmpty()) {
            return "no pauses over 2 s";
        }
        return "long pauses: " + delivery.longPauses().stream().map(PracticeTexts::pause).collect(Collectors.joining(", "));
    }

    static String pause(Pause pause) {
        return "at " + Recordings.clock(pause.startMs()) + " (" + String.format("%.1f", pause.lengthMs() / 1000.0) + " s)";
    }

    /** Long pauses per minute of recording, one decimal. */
    static String pausesPerMinute(Delivery delivery) {
        return delivery.durationMs() == 0 ? "0"
                : String.format("%.1f", delivery.longPauses().size() * 60_000.0 / delivery.durationMs());
    }
}
