package org.matchprep.answers;

/** The five kinds of interview question applicants prepare for. */
public enum Category {
    GET_TO_KNOW_YOU("Get to know you", "Who you are, why radiology, why this program."),
    IMG("IMG-specific", "Why you trained abroad and the evidence that you are ready for US residency."),
    RADIOLOGY("Radiology", "The cases, the field's future, AI, and your place in it."),
    BEHAVIOURAL("Behavioural", "\"Tell me about a time...\", answered in STAR form."),
    RED_FLAG("Red flags and difficult questions", "Gaps, attempts and scores stated plainly with what changed; "
            + "backup plans, and questions the Match does not allow programs to ask.");

    private final String label;
    private final String description;

    Category(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
