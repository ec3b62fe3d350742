package org.matchprep.season;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matchprep.season.domain.ChecklistRepository;
import org.matchprep.season.domain.ChecklistTally;
import org.matchprep.season.domain.ChecklistTemplateItem;
import org.matchprep.season.domain.ChosenCount;
import org.matchprep.season.domain.ChosenQuestion;
import org.matchprep.season.domain.ChosenQuestionRepository;
import org.matchprep.season.domain.InterviewChecklistItem;
import org.springframework.stereotype.Component;

/**
 * What hangs off an interview besides its plan (checklists, chosen questions): created with it, counted
 * for the tracker and read for day sheets, for many interviews at once (a statement per kind, not per
 * interview). Internal to the season feature; callers have been authorised already.
 */
@Component
class SeasonExtras {

    /** What the tracker shows of an interview's extras. */
    record Counts(ChecklistProgress checklist, int questionsChosen) {

        static final Counts NONE = new Counts(ChecklistProgress.NONE, 0);
    }

    private final ChosenQuestionRepository chosenQuestions;
    private final ChecklistRepository checklist;

    SeasonExtras(ChosenQuestionRepository chosenQuestions, ChecklistRepository checklist) {
        this.chosenQuestions = chosenQuestions;
        this.checklist = checklist;
    }

    void interviewAdded(long interviewId, InterviewFormat format) {
        checklist.saveAll(checklist.templates().stream().filter(template -> template.appliesTo(format))
                .map(template -> template.copyFor(interviewId)).toList());
        checklist.flush();
    }

    /**
     * An interview moved between virtual and in person: the other format's items that were never ticked go,
     * the new format's come. Ticked items and the applicant's own stay whatever the format.
     */
    void formatChanged(long interviewId, InterviewFormat from, InterviewFormat to) {
        if (from == to) {
            return;
        }
        List<ChecklistTemplateItem> templates = checklist.templates();
        Set<String> onlyForOld = templates.stream().filter(template -> template.onlyFor(from))
                .map(ChecklistTemplateItem::getText).collect(Collectors.toSet());
        List<InterviewChecklistItem> current = checklist.findByInterviewId(interviewId);
        List<InterviewChecklistItem> gone = current.stream()
                .filter(item -> item.isUntouchedCopy() && onlyForOld.contains(item.getText())).toList();
        Set<String> kept = current.stream().filter(item -> !gone.contains(item))
                .map(InterviewChecklistItem::getText).collect(Collectors.toSet());
        checklist.deleteAll(gone);
        checklist.saveAll(templates.stream().filter(template -> template.onlyFor(to))
                .filter(template -> !kept.contains(template.getText()))
                .map(template -> template.copyFor(interviewId)).toList());
        checklist.flush();
    }

    /** Checklist progress and questions chosen per interview; an interview without either gets {@link Counts#NONE}. */
    Map<Long, Counts> countsOf(Collection<Long> interviewIds) {
        if (interviewIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ChecklistTally> tallies = checklist.tallies(interviewIds).stream()
                .collect(Collectors.toMap(ChecklistTally::interviewId, Function.identity()));
        Map<Long, Long> chosen = chosenQuestions.counts(interviewIds).stream()
                .collect(Collectors.toMap(ChosenCount::interviewId, ChosenCount::count));
        return interviewIds.stream().distinct().collect(Collectors.toMap(Function.identity(), id -> {
            ChecklistTally tally = tallies.get(id);
            ChecklistProgress progress = tally == null ? ChecklistProgress.NONE
                    : new ChecklistProgress((int) tally.done(), (int) tally.total());
            return new Counts(progress, chosen.getOrDefault(id, 0L).intValue());
        }));
    }

    /** The checklists of these interviews, each in its order. */
    Map<Long, List<ChecklistItem>> checklistsOf(Collection<Long> interviewIds) {
        if (interviewIds.isEmpty()) {
            return Map.of();
        }
        return checklist.checklistsOf(interviewIds).stream()
                .collect(Collectors.groupingBy(InterviewChecklistItem::getInterviewId,
                        Collectors.mapping(InterviewChecklistItem::toItem, Collectors.toList())));
    }

    /** The ids of the questions chosen for these interviews, each in its order. */
    Map<Long, List<Long>> chosenQuestionIdsOf(Collection<Long> interviewIds) {
        if (interviewIds.isEmpty()) {
            return Map.of();
        }
        return chosenQuestions.findByInterviewIdInOrderByPositionAsc(interviewIds).stream()
                .collect(Collectors.groupingBy(ChosenQuestion::getInterviewId,
                        Collectors.mapping(ChosenQuestion::getQuestionId, Collectors.toList())));
    }
}
