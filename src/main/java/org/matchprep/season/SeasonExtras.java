package org.matchprep.season;

import org.matchprep.season.domain.ChosenQuestionRepository;
import org.springframework.stereotype.Component;

/**
 * What hangs off an interview besides its plan (checklists, chosen questions): created with it and
 * counted for the tracker. Internal to the season feature; callers have been authorised already.
 */
@Component
class SeasonExtras {

    private final ChosenQuestionRepository chosenQuestions;

    SeasonExtras(ChosenQuestionRepository chosenQuestions) {
        this.chosenQuestions = chosenQuestions;
    }

    void interviewAdded(long interviewId) {
    }

    ChecklistProgress checklistProgress(long interviewId) {
        return ChecklistProgress.NONE;
    }

    int questionsChosen(long interviewId) {
        return chosenQuestions.countByInterviewId(interviewId);
    }
}
