package org.matchprep.season;

import org.matchprep.season.domain.ChecklistRepository;
import org.matchprep.season.domain.ChosenQuestionRepository;
import org.springframework.stereotype.Component;

/**
 * What hangs off an interview besides its plan (checklists, chosen questions): created with it and
 * counted for the tracker. Internal to the season feature; callers have been authorised already.
 */
@Component
class SeasonExtras {

    private final ChosenQuestionRepository chosenQuestions;
    private final ChecklistRepository checklist;

    SeasonExtras(ChosenQuestionRepository chosenQuestions, ChecklistRepository checklist) {
        this.chosenQuestions = chosenQuestions;
        this.checklist = checklist;
    }

    void interviewAdded(long interviewId) {
        checklist.saveAll(checklist.templates().stream().map(template -> template.copyFor(interviewId)).toList());
        checklist.flush();
    }

    ChecklistProgress checklistProgress(long interviewId) {
        return new ChecklistProgress(checklist.countByInterviewIdAndDoneTrue(interviewId),
                checklist.countByInterviewId(interviewId));
    }

    int questionsChosen(long interviewId) {
        return chosenQuestions.countByInterviewId(interviewId);
    }
}
