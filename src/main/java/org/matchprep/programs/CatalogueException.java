package org.matchprep.programs;

import java.util.List;

import org.matchprep.base.FieldError;
import org.matchprep.base.InvalidInputException;

/** Catalogue input refused (a blank name, an unknown state, a link that is not http(s)); nothing was saved. */
public class CatalogueException extends InvalidInputException {

    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(List<FieldError> errors) {
        super(errors);
    }

    public static CatalogueException of(String field, String message) {
        return new CatalogueException(List.of(FieldError.of(field, message)));
    }
}
