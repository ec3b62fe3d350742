package org.matchprep.answers;

/** Where the workspace pages live, for links from other features; the views declare their routes with these. */
public final class AnswerRoutes {

    public static final String QUESTIONS = "questions";
    public static final String NARRATIVE = "narrative";
    public static final String EXPERIENCES = "experiences";
    public static final String ANSWER = "answers/:questionId";

    private AnswerRoutes() {
    }

    /** The editor of the answer to this question. */
    public static String answer(long questionId) {
        return "answers/" + questionId;
    }
}
