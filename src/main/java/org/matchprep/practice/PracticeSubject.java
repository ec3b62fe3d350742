package org.matchprep.practice;

/**
 * What a recording is an attempt at: the applicant's answer to a question, or a mock interview (an answer
 * given in it, recorded during or after the mock). Stored as {@code recording.subject_type/subject_id}.
 */
public record PracticeSubject(Kind kind, long id) {

    public enum Kind {
        QUESTION("question"), MOCK("mock");

        private final String column;

        Kind(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }

        static Kind ofColumn(String column) {
            for (Kind kind : values()) {
                if (kind.column.equals(column)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Unknown recording subject " + column);
        }
    }

    public static PracticeSubject question(long questionId) {
        return new PracticeSubject(Kind.QUESTION, questionId);
    }

    public static PracticeSubject mock(long bookingId) {
        return new PracticeSubject(Kind.MOCK, bookingId);
    }

    /** The page where the attempts at this subject are recorded and listed. */
    public String practicePage() {
        return kind == Kind.QUESTION ? RecordingRoutes.practice(id) : RecordingRoutes.practiseMock(id);
    }
}
