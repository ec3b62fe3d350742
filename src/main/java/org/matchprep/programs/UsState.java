package org.matchprep.programs;

import java.util.Locale;
import java.util.Optional;

/**
 * The states (with DC and Puerto Rico, which have radiology programs in the Match) by their postal code,
 * each in its Census region. Puerto Rico is counted with the South, as the Census Bureau's divisions
 * leave it out.
 */
public enum UsState {
    AL("Alabama", Region.SOUTH),
    AK("Alaska", Region.WEST),
    AZ("Arizona", Region.WEST),
    AR("Arkansas", Region.SOUTH),
    CA("California", Region.WEST),
    CO("Colorado", Region.WEST),
    CT("Connecticut", Region.NORTHEAST),
    DE("Delaware", Region.SOUTH),
    DC("District of Columbia", Region.SOUTH),
    FL("Florida", Region.SOUTH),
    GA("Georgia", Region.SOUTH),
    HI("Hawaii", Region.WEST),
    ID("Idaho", Region.WEST),
    IL("Illinois", Region.MIDWEST),
    IN("Indiana", Region.MIDWEST),
    IA("Iowa", Region.MIDWEST),
    KS("Kansas", Region.MIDWEST),
    KY("Kentucky", Region.SOUTH),
    LA("Louisiana", Region.SOUTH),
    ME("Maine", Region.NORTHEAST),
    MD("Maryland", Region.SOUTH),
    MA("Massachusetts", Region.NORTHEAST),
    MI("Michigan", Region.MIDWEST),
    MN("Minnesota", Region.MIDWEST),
    MS("Mississippi", Region.SOUTH),
    MO("Missouri", Region.MIDWEST),
    MT("Montana", Region.WEST),
    NE("Nebraska", Region.MIDWEST),
    NV("Nevada", Region.WEST),
    NH("New Hampshire", Region.NORTHEAST),
    NJ("New Jersey", Region.NORTHEAST),
    NM("New Mexico", Region.WEST),
    NY("New York", Region.NORTHEAST),
    NC("North Carolina", Region.SOUTH),
    ND("North Dakota", Region.MIDWEST),
    OH("Ohio", Region.MIDWEST),
    OK("Oklahoma", Region.SOUTH),
    OR("Oregon", Region.WEST),
    PA("Pennsylvania", Region.NORTHEAST),
    PR("Puerto Rico", Region.SOUTH),
    RI("Rhode Island", Region.NORTHEAST),
    SC("South Carolina", Region.SOUTH),
    SD("South Dakota", Region.MIDWEST),
    TN("Tennessee", Region.SOUTH),
    TX("Texas", Region.SOUTH),
    UT("Utah", Region.WEST),
    VT("Vermont", Region.NORTHEAST),
    VA("Virginia", Region.SOUTH),
    WA("Washington", Region.WEST),
    WV("West Virginia", Region.SOUTH),
    WI("Wisconsin", Region.MIDWEST),
    WY("Wyoming", Region.WEST);

    private final String stateName;
    private final Region region;

    UsState(String stateName, Region region) {
        this.stateName = stateName;
        this.region = region;
    }

    public String stateName() {
        return stateName;
    }

    public Region region() {
        return region;
    }

    /** The state for a postal code in any letter case ("il", " IL "), if it is one. */
    public static Optional<UsState> ofCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
