package org.matchprep.season.domain;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One question chosen for one interview, at its place in the order. */
@Entity
@Table(name = "interview_question")
@IdClass(ChosenQuestion.Key.class)
public class ChosenQuestion {

    @Id
    @Column(name = "interview_id")
    private long interviewId;

    @Id
    @Column(name = "question_id")
    private long questionId;

    @Column(nullable = false)
    private int position;

    protected ChosenQuestion() {
    }

    public ChosenQuestion(long interviewId, long questionId, int position) {
        this.interviewId = interviewId;
        this.questionId = questionId;
        this.position = position;
    }

    public long getInterviewId() {
        return interviewId;
    }

    public long getQuestionId() {
        return questionId;
    }

    public static class Key implements Serializable {

        private long interviewId;
        private long questionId;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.interviewId == interviewId && key.questionId == questionId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(interviewId) * 31 + Long.hashCode(questionId);
        }
    }
}
