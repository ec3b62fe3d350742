package org.matchprep.answers;

/**
 * Where the numbers beside an answer's speaking time come from, said once under the editor so nobody has
 * to guess: the pace, the 60-90 second range of the narrative and the 2-minute flag of other answers.
 */
public final class TimingNote {

    private TimingNote() {
    }

    /** Where the pace comes from: the default, or the applicant's own, which applies to every answer. */
    public static String pace(int wordsPerMinute) {
        return wordsPerMinute == SpeakingTime.DEFAULT_WORDS_PER_MINUTE
                ? "Times assume " + wordsPerMinute + " words a minute, the default: an unhurried interview pace. "
                        + "Read an answer aloud for one minute, count the words and set that as your own pace; "
                        + "it applies to every answer."
                : "Times assume your pace of " + wordsPerMinute + " words a minute (the default is "
                        + SpeakingTime.DEFAULT_WORDS_PER_MINUTE + ").";
    }

    /** The note for an answer of this structure timed at this pace. */
    public static String forStructure(AnswerStructure structure, int wordsPerMinute) {
        String pace = pace(wordsPerMinute);
        if (structure.timedAsNarrative()) {
            return pace + " Radiology interview advice allows \"Tell me about yourself\" 1-2 minutes in all, and "
                    + "the narrative at its heart " + seconds(SpeakingTime.NARRATIVE_MIN) + "-"
                    + seconds(SpeakingTime.NARRATIVE_MAX) + " seconds. The narrative is checked against the shorter "
                    + "range, which leaves room within 2 minutes for a closing line or a follow-up.";
        }
        return pace + " Answers past " + SpeakingTime.ANSWER_MAX.toMinutes() + " minutes are flagged: the upper end "
                + "of the 1-2 minutes advised for \"Tell me about yourself\", used here as a rule of thumb for any "
                + "answer, not a rule of the programs.";
    }

    private static long seconds(java.time.Duration duration) {
        return duration.toSeconds();
    }
}
