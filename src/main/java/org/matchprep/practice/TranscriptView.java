package org.matchprep.practice;

/**
 * A recording's transcript as its page shows it: where it stands and, once done, the transcript and what it
 * says ({@code analysis} compares with the written answer only for its applicant, who owns that text).
 */
public record TranscriptView(Status status, int attempts, String lastError, Transcript transcript,
                             TranscriptAnalysis.Result analysis) {

    public enum Status {
        /** No server configured, nothing queued. */
        OFF,
        /** Recorded before transcription was turned on. */
        NOT_QUEUED,
        PENDING,
        RUNNING,
        DONE,
        FAILED
    }

    static TranscriptView without(Status status) {
        return new TranscriptView(status, 0, null, null, null);
    }
}
