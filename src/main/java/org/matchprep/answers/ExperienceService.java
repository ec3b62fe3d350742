package org.matchprep.answers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.answers.domain.AnswerRepository;
import org.matchprep.answers.domain.Experience;
import org.matchprep.answers.domain.ExperienceRepository;
import org.matchprep.answers.domain.ExperienceUse;
import org.matchprep.answers.domain.Question;
import org.matchprep.answers.domain.QuestionRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applicant's experience bank: concrete cases reused across answers, each showing where it is used. */
@Service
@PreAuthorize(Roles.IS_APPLICANT)
public class ExperienceService {

    private final ExperienceRepository experiences;
    private final AnswerRepository answers;
    private final QuestionRepository questions;
    private final CurrentUser currentUser;
    private final Clock clock;

    ExperienceService(ExperienceRepository experiences, AnswerRepository answers, QuestionRepository questions,
                      CurrentUser currentUser, Clock clock) {
        this.experiences = experiences;
        this.answers = answers;
        this.questions = questions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ExperienceSummary> myExperiences() {
        long me = currentUser.id();
        Map<Long, List<QuestionSummary>> usage = usageOf(me);
        return experiences.findByApplicantIdOrderByTitleAsc(me).stream()
                .map(experience -> summary(experience, usage.getOrDefault(experience.getId(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public ExperienceSummary experience(long experienceId) {
        long me = currentUser.id();
        return summary(mine(experienceId, me), usageOf(me).getOrDefault(experienceId, List.of()));
    }

    @Transactional
    public ExperienceSummary create(ExperienceDetails details) {
        Experience experience = experiences.saveAndFlush(new Experience(currentUser.id(), details, clock.instant()));
        return summary(experience, List.of());
    }

    /** Updates an experience read at {@code expectedVersion}; refuses if it changed elsewhere meanwhile. */
    @Transactional
    public ExperienceSummary update(long experienceId, long expectedVersion, ExperienceDetails details) {
        long me = currentUser.id();
        Experience experience = mine(experienceId, me);
        if (experience.getVersion() != expectedVersion) {
            throw new InvalidAnswerException("This experience was changed in another tab or device; reload it first.");
        }
        experience.update(details, clock.instant());
        experience = experiences.saveAndFlush(experience);
        return summary(experience, usageOf(me).getOrDefault(experienceId, List.of()));
    }

    /** Deletes an experience; answers that used it simply lose the link, their text stays. */
    @Transactional
    public void delete(long experienceId) {
        experiences.delete(mine(experienceId, currentUser.id()));
    }

    /** Which questions each of my experiences is used in: two reads, however many answers and experiences. */
    private Map<Long, List<QuestionSummary>> usageOf(long me) {
        List<ExperienceUse> uses = answers.experienceUses(me);
        if (uses.isEmpty()) {
            return Map.of();
        }
        Map<Long, Question> byId = questions.findAllById(uses.stream().map(ExperienceUse::questionId).distinct().toList())
                .stream().collect(Collectors.toMap(Question::getId, Function.identity()));
        Map<Long, List<QuestionSummary>> usage = new HashMap<>();
        for (ExperienceUse use : uses) {
            usage.computeIfAbsent(use.experienceId(), id -> new ArrayList<>()).add(byId.get(use.questionId()).toSummary());
        }
        return usage;
    }

    private Experience mine(long experienceId, long me) {
        Experience experience = experiences.findById(experienceId)
                .orElseThrow(() -> new AccessDeniedException("No such experience"));
        if (!experience.isOwnedBy(me)) {
            throw new AccessDeniedException("Not your experience");
        }
        return experience;
    }

    private static ExperienceSummary summary(Experience experience, List<QuestionSummary> usedIn) {
        return new ExperienceSummary(experience.getId(), experience.toDetails(), usedIn, experience.getVersion());
    }
}
