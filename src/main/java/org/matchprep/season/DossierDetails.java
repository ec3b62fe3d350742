package org.matchprep.season;

import java.util.List;

/**
 * Everything an applicant writes about one program, as entered; the dossier checks it on save.
 * {@code talkingPoints} are the reasons the applicant is drawn to the program, {@code fitReasons} the reasons
 * they fit there: together their "Why our program?" answer for this program.
 */
public record DossierDetails(String name, String city, String state, ProgramType type, String size,
                             String fellowships, String strengths, String faculty, String facilities,
                             String teachingStructure, List<ImgEvidence> imgEvidence, List<String> talkingPoints,
                             List<String> fitReasons) {

    public DossierDetails {
        imgEvidence = imgEvidence == null ? List.of() : List.copyOf(imgEvidence);
        talkingPoints = talkingPoints == null ? List.of() : List.copyOf(talkingPoints);
        fitReasons = fitReasons == null ? List.of() : List.copyOf(fitReasons);
    }

    /** Details without reasons of fit (written before the dossier asked for them). */
    public DossierDetails(String name, String city, String state, ProgramType type, String size, String fellowships,
                          String strengths, String faculty, String facilities, String teachingStructure,
                          List<ImgEvidence> imgEvidence, List<String> talkingPoints) {
        this(name, city, state, type, size, fellowships, strengths, faculty, facilities, teachingStructure,
                imgEvidence, talkingPoints, List.of());
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
