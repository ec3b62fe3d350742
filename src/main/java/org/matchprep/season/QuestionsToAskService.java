package org.matchprep.season;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.season.domain.AskQuestionEntry;
import org.matchprep.season.domain.AskQuestionRepository;
import org.matchprep.season.domain.ChosenQuestion;
import org.matchprep.season.domain.ChosenQuestionRepository;
import org.matchprep.season.domain.Interview;
import org.matchprep.season.domain.InterviewRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Questions the applicant asks the programs: the shared bank by audience, their own, and 5-7 per interview. */
@Service
@PreAuthorize(Roles.IS_APPLICANT)
public class QuestionsToAskService {

    private final AskQuestionRepository questions;
    private final ChosenQuestionRepository chosen;
    private final InterviewRepository interviews;
    private final CurrentUser currentUser;
    private final Clock clock;

    QuestionsToAskService(AskQuestionRepository questions, ChosenQuestionRepository chosen,
                          InterviewRepository interviews, CurrentUser currentUser, Clock clock) {
        this.questions = questions;
        this.chosen = chosen;
        this.interviews = interviews;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The bank and my own questions, by audience. */
    @Transactional(readOnly = true)
    public List<AskQuestion> questionsForMe() {
        return questions.visibleTo(currentUser.id()).stream().map(AskQuestionEntry::toQuestion).toList();
    }

    @Transactional
    public AskQuestion addOwn(OwnQuestion question) {
        return questions.saveAndFlush(AskQuestionEntry.own(currentUser.id(), question, clock.instant())).toQuestion();
    }

    /**
     * Adds one of my own questions and chooses it for an interview together with the questions ticked
     * there, in one step: a question added from an interview's page is meant for that interview. When the
     * choice would be too long, nothing is added.
     */
    @Transactional
    public List<AskQuestion> addOwnAndChoose(long interviewId, OwnQuestion question, List<Long> alsoChosen) {
        myInterview(interviewId);
        AskQuestion added = addOwn(question);
        List<Long> withAdded = new ArrayList<>(alsoChosen);
        withAdded.add(added.id());
        return choose(interviewId, withAdded);
    }

    /** Deletes one of my own questions; interviews that chose it lose it. */
    @Transactional
    public void deleteOwn(long questionId) {
        AskQuestionEntry question = questions.findById(questionId).orElseThrow(QuestionsToAskService::notYours);
        if (!question.isOwnedBy(currentUser.id())) {
            throw notYours();
        }
        questions.delete(question);
    }

    /** The questions chosen for one of my interviews, in order. */
    @Transactional(readOnly = true)
    public List<AskQuestion> chosenFor(long interviewId) {
        myInterview(interviewId);
        Map<Long, AskQuestion> visible = questionsForMe().stream()
                .collect(Collectors.toMap(AskQuestion::id, Function.identity()));
        return chosen.findByInterviewIdOrderByPositionAsc(interviewId).stream()
                .map(choice -> visible.get(choice.getQuestionId())).toList();
    }

    /** Replaces the questions chosen for one of my interviews; at most seven, each from the bank or my own. */
    @Transactional
    public List<AskQuestion> choose(long interviewId, List<Long> questionIds) {
        myInterview(interviewId);
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(questionIds));
        if (distinct.size() > AskQuestionEntry.MAX_PER_INTERVIEW) {
            throw SeasonException.of("questionIds", "Choose at most " + AskQuestionEntry.MAX_PER_INTERVIEW + " questions; "
                    + distinct.size() + " will not fit into the minutes left at the end of an interview.");
        }
        long me = currentUser.id();
        for (Long questionId : distinct) {
            AskQuestionEntry question = questions.findById(questionId).orElseThrow(QuestionsToAskService::notYours);
            if (!question.isVisibleTo(me)) {
                throw notYours();
            }
        }
        chosen.deleteByInterview(interviewId);
        for (int i = 0; i < distinct.size(); i++) {
            chosen.save(new ChosenQuestion(interviewId, distinct.get(i), i));
        }
        chosen.flush();
        return chosenFor(interviewId);
    }

    private Interview myInterview(long interviewId) {
        Interview interview = interviews.findById(interviewId).orElseThrow(InterviewService::notYours);
        if (!interview.isOwnedBy(currentUser.id())) {
            throw InterviewService.notYours();
        }
        return interview;
    }

    private static AccessDeniedException notYours() {
        return new AccessDeniedException("Not your question");
    }
}
