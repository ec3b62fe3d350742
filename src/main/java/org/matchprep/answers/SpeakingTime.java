package org.matchprep.answers;

import java.time.Duration;
import java.util.regex.Pattern;

/** Words, and how long they take to say at a given pace. */
public final class SpeakingTime {

    public static final int DEFAULT_WORDS_PER_MINUTE = 150;
    public static final int MIN_WORDS_PER_MINUTE = 80;
    public static final int MAX_WORDS_PER_MINUTE = 250;
    /** "Tell me about yourself" should last 60-90 seconds spoken. */
    public static final Duration NARRATIVE_MIN = Duration.ofSeconds(60);
    public static final Duration NARRATIVE_MAX = Duration.ofSeconds(90);
    /** Other answers past two minutes lose the listener. */
    public static final Duration ANSWER_MAX = Duration.ofMinutes(2);

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’\\-]*");

    private SpeakingTime() {
    }

    public static int words(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return (int) WORD.matcher(text).results().count();
    }

    public static Duration of(int words, int wordsPerMinute) {
        if (wordsPerMinute < MIN_WORDS_PER_MINUTE || wordsPerMinute > MAX_WORDS_PER_MINUTE) {
            throw new IllegalArgumentException("Speaking rate must be between " + MIN_WORDS_PER_MINUTE + " and "
                    + MAX_WORDS_PER_MINUTE + " words a minute");
        }
        return Duration.ofMillis(Math.round(words * 60_000.0 / wordsPerMinute));
    }

    /** "1:05" for 65 seconds. */
    public static String format(Duration duration) {
        long seconds = Math.round(duration.toMillis() / 1000.0);
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
