package org.matchprep.answers;

import java.util.Map;

public record RevisionContent(RevisionSummary revision, AnswerStructure structure, Map<String, String> parts) {
}
