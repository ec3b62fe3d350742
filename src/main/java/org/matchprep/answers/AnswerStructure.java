package org.matchprep.answers;

import java.util.List;

/**
 * The shape a prepared answer takes: a few named parts, each with a short guide and a target length.
 * Applicants prepare structures, not scripts.
 */
public enum AnswerStructure {
    NARRATIVE("Narrative", List.of(
            new Part("background", "Background", "Where you are from and where you trained, briefly.", "1-2 sentences"),
            new Part("why_abroad", "Why abroad", "Why you chose to train abroad: confident, not apologetic.", "1-2 sentences"),
            new Part("why_radiology", "Why radiology", "What drew you to radiology, tied to a concrete case.", "2-3 sentences"),
            new Part("goals", "Goals", "What you want from residency and after.", "1-2 sentences"))),
    STAR("STAR", List.of(
            new Part("situation", "Situation", "Where and when; only the context the listener needs.", "1-2 sentences"),
            new Part("task", "Task", "What you were responsible for.", "1 sentence"),
            new Part("action", "Action", "What you did, in the first person, step by step.", "2-4 sentences"),
            new Part("result", "Result", "What happened, and what you learned from it.", "1-2 sentences"))),
    IMG_PATTERN("IMG pattern", List.of(
            new Part("reason", "Reason", "Your reason, briefly and without apology.", "1-2 sentences"),
            new Part("gap", "The perceived gap", "Name the doubt a program may have.", "1 sentence"),
            new Part("evidence", "Evidence", "US rotations, electives, research or results that close the gap.", "2-3 sentences"))),
    RED_FLAG_PATTERN("Red-flag pattern", List.of(
            new Part("fact", "The fact", "State it plainly, without excuses.", "1 sentence"),
            new Part("context", "Brief context", "Only what explains it.", "1-2 sentences"),
            new Part("change", "What changed", "What you did differently afterwards.", "1-2 sentences"),
            new Part("result", "The result", "The improved outcome that shows it.", "1-2 sentences"))),
    FREE_TEXT("Free text", List.of(
            new Part("answer", "Answer", "Your prepared answer: key points, not a script.", "a short paragraph")));

    /** One named part of a structure. */
    public record Part(String key, String label, String guide, String target) {
    }

    private final String label;
    private final List<Part> parts;

    AnswerStructure(String label, List<Part> parts) {
        this.label = label;
        this.parts = parts;
    }

    public String label() {
        return label;
    }

    public List<Part> parts() {
        return parts;
    }

    public boolean hasPart(String key) {
        return parts.stream().anyMatch(part -> part.key().equals(key));
    }
}
