package org.matchprep.season;

import java.util.List;

import org.matchprep.base.FieldError;
import org.matchprep.base.InvalidInputException;

/**
 * Input the interview season refuses (a missing zone, a malformed link, an over-long field); nothing was
 * saved. Each error names the component of the request it is about ({@code "programZone"},
 * {@code "imgEvidence[0].url"}), or none when it concerns the request as a whole (an edit made elsewhere).
 */
public class SeasonException extends InvalidInputException {

    public SeasonException(String message) {
        super(message);
    }

    public SeasonException(List<FieldError> errors) {
        super(errors);
    }

    public static SeasonException of(String field, String message) {
        return new SeasonException(List.of(FieldError.of(field, message)));
    }
}
