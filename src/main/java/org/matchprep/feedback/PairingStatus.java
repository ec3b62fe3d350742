package org.matchprep.feedback;

public enum PairingStatus {
    INVITED("Invited"),
    ACTIVE("Active"),
    DECLINED("Declined"),
    ENDED("Ended");

    private final String label;

    PairingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == INVITED || this == ACTIVE;
    }
}
