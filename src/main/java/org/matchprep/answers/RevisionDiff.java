package org.matchprep.answers;

import java.util.List;

import org.matchprep.answers.domain.Revision;
import org.matchprep.base.WordDiff;
import org.matchprep.base.WordDiff.PartDiff;

/** What changed between two revisions, word by word, part by part. */
public record RevisionDiff(int fromNumber, int toNumber, List<PartDiff> parts) {

    static RevisionDiff between(AnswerStructure structure, Revision from, Revision to) {
        return new RevisionDiff(from.getNumber(), to.getNumber(), WordDiff.byPart(partNames(structure),
                from.getParts(), to.getParts()));
    }

    static List<WordDiff.PartName> partNames(AnswerStructure structure) {
        return structure.parts().stream().map(part -> new WordDiff.PartName(part.key(), part.label())).toList();
    }
}
