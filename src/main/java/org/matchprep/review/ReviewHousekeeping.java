package org.matchprep.review;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.matchprep.review.domain.CommentThreadRepository;
import org.matchprep.review.domain.ShareRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets the shares and threads of items their feature has deleted (a deleted answer or dossier). A
 * foreign key cannot point into every kind's table, so this asks each kind which of its shared items still
 * exist. Until it runs, a deleted item is simply not found: it gives no access and lists leave it out.
 */
@Component
class ReviewHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(ReviewHousekeeping.class);

    private final ReviewableKinds kinds;
    private final ShareRepository shares;
    private final CommentThreadRepository threads;

    ReviewHousekeeping(ReviewableKinds kinds, ShareRepository shares, CommentThreadRepository threads) {
        this.kinds = kinds;
        this.shares = shares;
        this.threads = threads;
    }

    /** Returns how many items were forgotten. Nightly, and callable from tests. */
    @Scheduled(cron = "${matchprep.review.housekeeping-cron:0 17 3 * * *}")
    @Transactional
    public int forgetDeletedItems() {
        int forgotten = 0;
        for (ReviewableKind kind : kinds.all()) {
            Set<Long> referenced = new HashSet<>(shares.subjectIdsOfType(kind.type()));
            referenced.addAll(threads.subjectIdsOfType(kind.type()));
            if (referenced.isEmpty()) {
                continue;
            }
            Set<Long> existing = kind.load(referenced).stream().map(ReviewSubject::id).collect(Collectors.toSet());
            referenced.removeAll(existing);
            if (!referenced.isEmpty()) {
                threads.deleteBySubjects(kind.type(), referenced);
                shares.deleteBySubjects(kind.type(), referenced);
                forgotten += referenced.size();
            }
        }
        if (forgotten > 0) {
            log.info("Forgot the shares and comment threads of {} deleted items", forgotten);
        }
        return forgotten;
    }
}
