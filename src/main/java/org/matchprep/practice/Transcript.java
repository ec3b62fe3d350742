package org.matchprep.practice;

import java.util.List;

/**
 * What a speech-to-text server heard in a recording: the whole text, its language if told, and the
 * segments with their times (empty when the server answered plain {@code json}).
 */
public record Transcript(String text, String language, List<Segment> segments) {

    public Transcript {
        text = text == null ? "" : text.strip();
        segments = List.copyOf(segments);
    }

    /** A stretch of speech, from {@code startMs} to {@code endMs} of the recording. */
    public record Segment(int startMs, int endMs, String text) {

        public Segment {
            text = text == null ? "" : text.strip();
        }
    }
}
