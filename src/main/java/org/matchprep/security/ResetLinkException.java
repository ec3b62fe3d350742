package org.matchprep.security;

/** A reset link that cannot set a password (any more): its page says why and offers a new one. */
public class ResetLinkException extends RuntimeException {

    private final PasswordResetService.LinkState state;

    public ResetLinkException(PasswordResetService.LinkState state) {
        super(switch (state) {
            case USED -> "This link was used already; each link sets a password once.";
            case EXPIRED -> "This link has expired; links work for 30 minutes.";
            default -> "This link is not one we sent, or it was copied incompletely.";
        });
        this.state = state;
    }

    public PasswordResetService.LinkState state() {
        return state;
    }
}
