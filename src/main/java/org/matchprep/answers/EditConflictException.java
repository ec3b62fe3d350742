package org.matchprep.answers;

/**
 * The answer changed elsewhere (another tab or device) since it was opened. Nothing was saved; the
 * stored version travels along so the editor can show both and let the applicant choose.
 */
public class EditConflictException extends RuntimeException {

    private final AnswerDraft stored;

    public EditConflictException(AnswerDraft stored) {
        super("This answer was changed in another tab or device since you opened it.");
        this.stored = stored;
    }

    public AnswerDraft stored() {
        return stored;
    }
}
