package org.matchprep.practice;

/** A silence in a recording, from {@code startMs} to {@code endMs} after its start. */
public record Pause(int startMs, int endMs) {

    public int lengthMs() {
        return endMs - startMs;
    }
}
