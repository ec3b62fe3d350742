package org.matchprep.mock;

import java.util.Arrays;
import java.util.List;

/**
 * What a mentor scores after a mock, 1 (needs work) to 5 (ready), each level described in a sentence so two
 * mentors mean the same by a 3. The rubric has two parts: the five things radiology programs say they look
 * for, and delivery. Criteria of the earlier rubric are {@link Group#EARLIER}: old scorecards still show
 * them, new ones no longer ask for them. Names are stored; never rename one.
 */
public enum Criterion {
    COMMUNICATION_TEAMWORK(Group.PROGRAMS_LOOK_FOR, "Communication and teamwork",
            "Talks like a colleague who works well with referring teams, nurses and technologists.",
            "No example of working with others, or blames them.",
            "Says they value teamwork but gives no example of their own.",
            "One real example of working with a team, told without the result.",
            "A specific example with their own part and the result for the patient or team.",
            "Several concrete examples, including talking with a team that disagreed or was under pressure."),
    MATURITY_PROFESSIONALISM(Group.PROGRAMS_LOOK_FOR, "Maturity and professionalism",
            "Owns mistakes, handles hard questions calmly and speaks of others with respect.",
            "Defensive or dismissive when pressed; speaks badly of people or places.",
            "Stays polite but avoids owning anything that went wrong.",
            "Owns a setback when asked, briefly and without detail of what changed.",
            "Owns a setback plainly and says what they learned and do differently now.",
            "Calm, candid and reflective throughout, including on the red-flag questions."),
    UNDERSTANDING_RADIOLOGY(Group.PROGRAMS_LOOK_FOR, "Understanding of radiology",
            "Knows what the daily work of a radiologist is, beyond liking images or puzzles.",
            "Reasons are generic (\"I like puzzles\", lifestyle) or show a wrong picture of the work.",
            "Names the field's appeal without anything they have seen of the real work.",
            "Describes reading rooms or conferences they saw, with little of their own insight.",
            "Ties cases they saw to the work: protocols, calling findings, consults, conferences.",
            "Speaks of the work and its direction (AI, appropriateness, safety) like a junior colleague."),
    US_CLINICAL_EXPOSURE(Group.PROGRAMS_LOOK_FOR, "US clinical exposure and cultural fluency",
            "Shows they know how US hospitals and teams work and have worked in one.",
            "No US clinical experience mentioned, or unease with how US teams work.",
            "Mentions US rotations by name only.",
            "Describes a US rotation but not what it taught them about US practice.",
            "Concrete US experiences with what they learned about the system and its patients.",
            "Moves easily between US examples and their training abroad, turning the contrast into a strength."),
    CAREER_PLAN(Group.PROGRAMS_LOOK_FOR, "A realistic career plan",
            "Has goals in radiology that fit the program and are credible for where they are now.",
            "No plan, or one that does not involve radiology residency.",
            "Vague goals (\"I'll see\") or ones out of reach for their stage.",
            "A general direction (academic or community, a subspecialty) without reasons.",
            "A direction with reasons from their experience and how the program helps them get there.",
            "A clear, flexible plan (subspecialty, practice setting, backup) tied to this program's strengths."),
    STRUCTURE(Group.DELIVERY, "Structure",
            "Answers are easy to follow: a point, the example, and a close.",
            "Rambles; the listener cannot tell what the answer was.",
            "Has a point but buries it in background.",
            "Mostly clear, with the order of the parts wandering at times.",
            "A clear shape (STAR for behavioural questions) with a short close.",
            "Every answer lands its point first and closes cleanly, even under follow-up."),
    CONCISION(Group.DELIVERY, "Concision",
            "Says what is needed in the time a real interview allows.",
            "Far too long or too short to answer the question.",
            "Often runs long or repeats itself.",
            "Mostly in time, with one or two long answers.",
            "Answers within about two minutes, the narrative within 60-90 seconds.",
            "Tight throughout; every sentence earns its place."),
    PACE(Group.DELIVERY, "Pace",
            "Speaks at a measured speed that carries over a video call.",
            "Too fast or too slow to follow.",
            "Speeds up noticeably when nervous.",
            "Mostly even, hurried in places.",
            "Measured and easy to follow, pausing at the right points.",
            "Varies pace on purpose, slowing for what matters."),
    FILLER_WORDS(Group.DELIVERY, "Filler words",
            "Few \"um\", \"like\" and \"you know\" between thoughts.",
            "Fillers in nearly every sentence.",
            "Frequent fillers that distract.",
            "Some fillers, mostly at the start of answers.",
            "Rare fillers; pauses instead.",
            "None noticeable; silence used calmly."),
    EYE_CONTACT(Group.DELIVERY, "Eye contact to the camera",
            "Looks at the camera (or the interviewer) rather than at notes or their own picture.",
            "Rarely looks up from notes or the screen.",
            "Often looks away or down.",
            "Looks at the camera for part of each answer.",
            "Mostly at the camera, glancing at notes briefly.",
            "Steady, natural eye contact throughout."),
    PRESENCE(Group.DELIVERY, "Posture and presence",
            "Sits upright, leans in slightly, smiles and nods: looks engaged and at ease.",
            "Slumped, fidgety or visibly uncomfortable.",
            "Stiff or distracted; little sign of engagement.",
            "Upright and attentive, though reserved.",
            "Engaged: leans in, nods, smiles at the start and end.",
            "Warm and composed; comes across as a colleague already."),
    SPECIFICITY(Group.EARLIER, "Specificity",
            "", "", "", "", "", ""),
    IMG_QUESTIONS(Group.EARLIER, "Handling IMG questions",
            "", "", "", "", "", "");

    /** Where a criterion sits in the rubric, in the order a scorecard shows them. */
    public enum Group {
        PROGRAMS_LOOK_FOR("What programs look for"),
        DELIVERY("Delivery"),
        EARLIER("From the earlier rubric");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Group group;
    private final String label;
    private final String meaning;
    private final List<String> levels;

    Criterion(Group group, String label, String meaning, String... levels) {
        this.group = group;
        this.label = label;
        this.meaning = meaning;
        this.levels = List.of(levels);
    }

    /** The criteria a new scorecard scores, in rubric order. */
    public static List<Criterion> current() {
        return Arrays.stream(values()).filter(criterion -> criterion.group != Group.EARLIER).toList();
    }

    public static List<Criterion> of(Group group) {
        return Arrays.stream(values()).filter(criterion -> criterion.group == group).toList();
    }

    public Group group() {
        return group;
    }

    public String label() {
        return label;
    }

    /** What the criterion asks, in one sentence; empty for the earlier rubric's criteria. */
    public String meaning() {
        return meaning;
    }

    /** What a score from 1 to 5 means for this criterion; empty for the earlier rubric's criteria. */
    public String level(int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("Scores run from 1 to 5: " + score);
        }
        return levels.get(score - 1);
    }

    public boolean isCurrent() {
        return group != Group.EARLIER;
    }
}
