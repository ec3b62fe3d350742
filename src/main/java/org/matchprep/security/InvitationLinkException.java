package org.matchprep.security;

/** An invitation link that cannot set a password (any more): its page says why and whom to ask. */
public class InvitationLinkException extends RuntimeException {

    private final InvitationService.LinkState state;

    public InvitationLinkException(InvitationService.LinkState state) {
        super(switch (state) {
            case USED -> "This invitation was accepted already. Sign in with the password you chose, or reset it.";
            case EXPIRED -> "This invitation has expired; invitations work for 7 days. Ask the person who invited"
                    + " you to send it again.";
            default -> "This link is not one we sent, was replaced by a newer invitation, or was copied incompletely.";
        });
        this.state = state;
    }

    public InvitationService.LinkState state() {
        return state;
    }
}
