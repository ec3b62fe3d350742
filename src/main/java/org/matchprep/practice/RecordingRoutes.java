package org.matchprep.practice;

/** Where recordings and their pages live, for links from other features and from the views. */
public final class RecordingRoutes {

    public static final String PRACTICE = "practice/:questionId";
    public static final String PRACTICE_MOCK = "practice/mock/:bookingId";
    public static final String LISTEN = "practice/listen/:recordingId";
    /** The upload endpoint; the stream of one recording is {@code /recordings/<id>}. */
    public static final String UPLOAD = "/recordings";

    private RecordingRoutes() {
    }

    /** "Practise aloud" for the answer to this question. */
    public static String practice(long questionId) {
        return "practice/" + questionId;
    }

    /** "Practise aloud" on one of my mock interviews. */
    public static String practiseMock(long bookingId) {
        return "practice/mock/" + bookingId;
    }

    public static String listen(long recordingId) {
        return "practice/listen/" + recordingId;
    }

    public static String stream(long recordingId) {
        return "/recordings/" + recordingId;
    }
}
