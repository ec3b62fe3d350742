package org.matchprep.practice;

/** Small helpers shared by the practice feature's API and its views. */
public final class Recordings {

    private Recordings() {
    }

    /** "0:42" for 42,300 ms; "1:05" for 65 s. Rounds down, like a player's clock. */
    public static String clock(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    /** Reads "1:05" back as milliseconds; -1 if it is not such a time. */
    public static long parseClock(String text) {
        if (text == null || !text.matches("\\d{1,3}:[0-5]\\d")) {
            return -1;
        }
        String[] parts = text.split(":");
        return (Long.parseLong(parts[0]) * 60 + Long.parseLong(parts[1])) * 1000;
    }
}
