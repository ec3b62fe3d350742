package org.matchprep.season;

import java.util.List;

/** Everything an applicant writes about one program, as entered; the dossier checks it on save. */
public record DossierDetails(String name, String city, String state, ProgramType type, String size,
                             String fellowships, String strengths, String faculty, String facilities,
                             String teachingStructure, List<ImgEvidence> imgEvidence, List<String> talkingPoints) {

    public DossierDetails {
        imgEvidence = imgEvidence == null ? List.of() : List.copyOf(imgEvidence);
        talkingPoints = talkingPoints == null ? List.of() : List.copyOf(talkingPoints);
    }

    /** A dossier with just a name and type, to fill in later. */
    public static DossierDetails named(String name, String city, String state, ProgramType type) {
        return new DossierDetails(name, city, state, type, "", "", "", "", "", "", List.of(), List.of());
    }

    public String location() {
        if (city == null || city.isBlank()) {
            return state == null ? "" : state.strip();
        }
        return state == null || state.isBlank() ? city.strip() : city.strip() + ", " + state.strip();
    }
}
