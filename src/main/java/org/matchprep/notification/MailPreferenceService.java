package org.matchprep.notification;

import org.matchprep.account.CurrentUser;
import org.matchprep.account.Roles;
import org.matchprep.base.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** My choices of how notifications reach me by e-mail, per topic, and when my daily digest comes. */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
public class MailPreferenceService {

    private final MailPreferenceStore store;
    private final CurrentUser currentUser;

    MailPreferenceService(MailPreferenceStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public MailPreferences mine() {
        return store.of(currentUser.id());
    }

    /** Replaces my choices; every topic needs one, and the digest a time. Nothing changes if one is missing. */
    @Transactional
    public MailPreferences change(MailPreferences wanted) {
        InvalidInputException.Collector problems = InvalidInputException.collector();
        for (MailTopic topic : MailTopic.values()) {
            if (wanted.deliveries() == null || wanted.deliveries().get(topic) == null) {
                problems.add("deliveries", "Choose how you hear of each kind of update.");
                break;
            }
        }
        if (wanted.digestTime() == null) {
            problems.add("digestTime", "Choose when your daily digest comes.");
        }
        problems.throwIfAny();
        long me = currentUser.id();
        wanted.deliveries().forEach((topic, delivery) -> store.store(me, topic, delivery));
        store.storeDigestTime(me, wanted.digestTime());
        return store.of(me);
    }
}
