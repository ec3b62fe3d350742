package org.matchprep.answers;

import java.util.List;

/**
 * The shape a prepared answer takes: a few named parts, each with a short guide and a target length.
 * Applicants prepare structures, not scripts.
 */
public enum AnswerStructure {
    NARRATIVE("Narrative", List.of(
            new Part("background", "Background", "Where you grew up, where you went to college and what you studied "
                    + "there, and where you went to medical school.", "1-2 sentences"),
            new Part("why_medicine", "Why medicine", "What led you to medicine, in a line: the story lives elsewhere.",
                    "1 sentence"),
            new Part("why_abroad", "Why training abroad", "Why you chose a school outside the US, and how it shaped "
                    + "you: confident, not apologetic.", "1-2 sentences"),
            new Part("why_radiology", "Why radiology", "What drew you to radiology, tied to a concrete case.", "2-3 sentences"),
            new Part("goals", "Goals", "What you want from residency and after.", "1-2 sentences")),
            """
            Background: "I grew up in Tucson and studied mechanical engineering at Arizona State, then went to             medical school in Dublin."
            Why medicine: "Building prosthetic joints in a lab made me want to meet the people who would use them."
            Why training abroad: "Dublin gave me early ward responsibility in a system unlike ours; I learned to ask             for help plainly and to adapt fast."
            Why radiology: "On a surgical rotation a CT read changed a planned laparotomy into watchful care; I went             to the reading room to learn how, and kept going back."
            Goals: "I want a program with hands-on procedures and strong teaching, and a career in body imaging."
            """),
    WHY_RADIOLOGY("Why radiology", List.of(
            new Part("moment", "The case or moment", "One specific case or moment when imaging mattered to you.",
                    "1-2 sentences"),
            new Part("what_you_did", "What you did and saw", "Your part in it and what you noticed in the images or "
                    + "the reading room; electives and shadowing count.", "2-3 sentences"),
            new Part("daily_work", "What draws you to the daily work", "What in a radiologist's day you want: "
                    + "pattern recognition, bringing clinical data together, talking with referring teams, teaching, "
                    + "multidisciplinary conferences, imaging technology.", "2-3 sentences"),
            new Part("direction", "Where you want to go", "The kind of radiologist you want to become.", "1 sentence")),
            """
            The case or moment: "On a night in the emergency department, a young man with chest pain had a normal             ECG; the CT angiogram showed a dissection, and the plan changed within minutes."
            What you did and saw: "I sat with the radiology resident while she scrolled through the study, and saw             how she weighed the history against each image before calling the surgeons."
            What draws you to the daily work: "I want that mix every day: a careful search, the clinical story             behind it, and a clear call to the team that acts on it. Teaching at the morning read-out drew me too."
            Where you want to go: "I see myself in emergency and trauma imaging, teaching residents."
            """),
    STAR("STAR", List.of(
            new Part("situation", "Situation", "Where and when; only the context the listener needs.", "1-2 sentences"),
            new Part("task", "Task", "What you were responsible for.", "1 sentence"),
            new Part("action", "Action", "What you did, in the first person, step by step.", "2-4 sentences"),
            new Part("result", "Result", "What happened, and what you learned from it.", "1-2 sentences")),
            """
            Situation: "On my medicine sub-internship two nurses gave conflicting reports on the same patient."
            Task: "I was asked to sort out the handover before the evening shift."
            Action: "I met both, went through the chart with them and proposed a short written checklist for the             ward."
            Result: "The team used it for the rest of my rotation; I learned to settle facts before opinions."
            """),
    IMG_PATTERN("IMG pattern", List.of(
            new Part("reason", "Reason", "Your reason, briefly and without apology.", "1-2 sentences"),
            new Part("gap", "The perceived gap", "Name the doubt a program may have.", "1 sentence"),
            new Part("evidence", "Evidence", "US rotations, electives, research or results that close the gap.", "2-3 sentences"),
            new Part("pivot", "Back to your strengths", "End on what you bring, not on the doubt.", "1 sentence")),
            """
            Reason: "I chose a six-year program in Krakow for its early clinical years and its cost."
            The perceived gap: "I know programs ask whether a graduate from abroad is at home in a US hospital."
            Evidence: "I did four months of US rotations, two in radiology, writing notes in Epic and presenting at             the daily conference; my letters mention how quickly I found my feet."
            Back to your strengths: "What I bring is a calm way with unfamiliar systems, and that is much of call."
            """),
    RED_FLAG_PATTERN("Red-flag pattern", List.of(
            new Part("fact", "The fact", "State it plainly, without excuses.", "1 sentence"),
            new Part("context", "Brief context", "Only what explains it.", "1-2 sentences"),
            new Part("change", "What changed", "What you did differently afterwards.", "1-2 sentences"),
            new Part("result", "The result", "The improved outcome that shows it.", "1-2 sentences")),
            """
            The fact: "I failed Step 1 on my first attempt."
            Brief context: "I was studying alone and never tested myself under timed conditions."
            What changed: "I joined a study group, took weekly timed blocks and tracked my weak systems."
            The result: "I passed on the second attempt and scored above the national mean on Step 2."
            """),
    FREE_TEXT("Free text", List.of(
            new Part("answer", "Answer", "Your prepared answer: key points, not a script.", "a short paragraph")),
            """
            Open with your point in one sentence, give one example that proves it, and close with what it means for             residency. Three or four notes are enough: "systematic search, learned on US rotation; example: missed             rib fracture found on review; why it matters on call."
            """);

    /** One named part of a structure. */
    public record Part(String key, String label, String guide, String target) {
    }

    private final String label;
    private final List<Part> parts;
    private final String outline;

    AnswerStructure(String label, List<Part> parts, String outline) {
        this.label = label;
        this.parts = parts;
        this.outline = outline.strip();
    }

    public String label() {
        return label;
    }

    public List<Part> parts() {
        return parts;
    }

    /** A short worked example of this structure, one line per part, for the applicant to show or hide. */
    public String outline() {
        return outline;
    }

    /** Whether the 60-90 second verdict applies; other answers are only flagged past two minutes. */
    public boolean timedAsNarrative() {
        return this == NARRATIVE;
    }

    public boolean hasPart(String key) {
        return parts.stream().anyMatch(part -> part.key().equals(key));
    }
}
