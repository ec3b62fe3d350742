package org.matchprep.season;

/** What a letter to a program after its interview is. */
public enum LetterKind {
    /** News since the interview (a publication, a score, a rotation) and continued interest. */
    UPDATE("Update letter"),
    /** Tells one program it is the applicant's first choice. */
    INTENT("Letter of intent");

    private final String label;

    LetterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
