package org.matchprep.answers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.matchprep.answers.InvalidAnswerException;
import org.matchprep.answers.SpeakingTime;

/** An applicant's own speaking pace, used for every time estimate. */
@Entity
@Table(name = "workspace_settings")
public class WorkspaceSettings {

    @Id
    @Column(name = "applicant_id")
    private Long applicantId;

    @Column(name = "words_per_minute", nullable = false)
    private int wordsPerMinute;

    protected WorkspaceSettings() {
    }

    public WorkspaceSettings(long applicantId, int wordsPerMinute) {
        this.applicantId = applicantId;
        changeRate(wordsPerMinute);
    }

    public void changeRate(int newWordsPerMinute) {
        if (newWordsPerMinute < SpeakingTime.MIN_WORDS_PER_MINUTE || newWordsPerMinute > SpeakingTime.MAX_WORDS_PER_MINUTE) {
            throw InvalidAnswerException.of("wordsPerMinute", "Choose a pace between " + SpeakingTime.MIN_WORDS_PER_MINUTE + " and "
                    + SpeakingTime.MAX_WORDS_PER_MINUTE + " words a minute.");
        }
        this.wordsPerMinute = newWordsPerMinute;
    }

    public int getWordsPerMinute() {
        return wordsPerMinute;
    }
}
