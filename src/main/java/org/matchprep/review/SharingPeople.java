package org.matchprep.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.matchprep.account.AccountDirectory;
import org.matchprep.feedback.PairingService;
import org.matchprep.feedback.PairingStatus;
import org.matchprep.feedback.PairingSummary;
import org.springframework.stereotype.Component;

/** Who the signed-in person shares with, and names for notifications. */
@Component
class SharingPeople {

    private final PairingService pairings;
    private final AccountDirectory directory;

    SharingPeople(PairingService pairings, AccountDirectory directory) {
        this.pairings = pairings;
        this.directory = directory;
    }

    /** My mentors whose pairing is active (open invitations give no access). */
    List<PairingSummary> activeMentors() {
        return pairings.myMentors().stream().filter(pairing -> pairing.status() == PairingStatus.ACTIVE).toList();
    }

    /** The same, as mentor id to display name. */
    Map<Long, String> activeMentorNames() {
        return activeMentors().stream()
                .collect(Collectors.toMap(PairingSummary::mentorId, PairingSummary::mentorName, (a, b) -> a));
    }

    String nameOf(long accountId) {
        return directory.displayNames(Set.of(accountId)).getOrDefault(accountId, "Your applicant");
    }
}
