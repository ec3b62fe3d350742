package org.matchprep.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import org.matchprep.review.ReviewSubject;
import org.matchprep.review.ReviewableKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recordings as shareable items: a mentor comments at a moment of one. The review stack anchors threads in
 * passages of text, so a recording offers one part, {@value #MOMENTS}, whose text is its clock second by
 * second ("0:00 0:01 ... 1:23"); a thread at 0:42 is anchored on the passage "0:42" and keeps it, since the
 * text never changes (decision 020). No table or change in the review stack was needed.
 */
@Component
class RecordingReviews implements ReviewableKind {

    static final String TYPE = "recording";
    static final String MOMENTS = "moments";

    private final JdbcClient jdbc;

    RecordingReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String noun() {
        return "recording";
    }

    /** One query whatever the number of ids. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ReviewSubject> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, owner_id, title, created_at, duration_ms from recording where id in (:ids)")
                .param("ids", ids).query((rs, row) -> subject(rs)).list();
    }

    private static ReviewSubject subject(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        int duration = rs.getInt("duration_ms");
        return new ReviewSubject(id, rs.getLong("owner_id"),
                "Spoken: " + rs.getString("title") + " (" + Recordings.clock(duration) + ")", "Recording",
                rs.getTimestamp("created_at").toInstant(),
                List.of(new ReviewSubject.Part(MOMENTS, "Moments (minute:second)", timeline(duration))), null,
                RecordingRoutes.listen(id));
    }

    /** Every second of the recording as "m:ss", separated by spaces, so each moment is a passage of its own. */
    static String timeline(int durationMs) {
        StringBuilder text = new StringBuilder();
        for (long second = 0; second * 1000 <= durationMs; second++) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(Recordings.clock(second * 1000));
        }
        return text.toString();
    }

    /** Where the moment "m:ss" starts in {@link #timeline}; -1 if the recording is shorter. */
    static int positionOf(String moment, int durationMs) {
        String text = " " + timeline(durationMs) + " ";
        int found = text.indexOf(" " + moment + " ");
        return found < 0 ? -1 : found;
    }
}
