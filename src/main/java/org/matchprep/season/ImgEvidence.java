package org.matchprep.season;

/** One piece of evidence that a program welcomes IMGs (current IMG residents, a statement, a match list), with an optional link. */
public record ImgEvidence(String text, String url) {

    public ImgEvidence {
        text = text == null ? "" : text.strip();
        url = url == null || url.isBlank() ? null : url.strip();
    }
}
