package org.matchprep.answers.ui;

import org.matchprep.answers.AnswerStructure;
import org.matchprep.answers.Category;

/**
 * What the question dialogs hold, one component per parameter of {@link org.matchprep.answers.QuestionBankService}'s
 * add and edit methods and under the same names, so a refusal about {@code "text"} finds the text field.
 * Public only because Binder builds it by reflection.
 */
public record QuestionEntry(Category category, AnswerStructure structure, String text, String guidance) {
}
