package org.matchprep.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.matchprep.account.DemoAccountsSeeded;
import org.matchprep.programs.domain.CatalogueProgram;
import org.matchprep.programs.domain.CatalogueProgramRepository;
import org.matchprep.season.ProgramType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Thirty invented programs with a plausible spread (all four regions, the three settings, 3 to 12
 * positions, some with a preliminary year attached, IMG residents from none to five a year, stated
 * requirements for some), so that a demo catalogue and its scores have something to show. No name is a
 * real program's; the links go to example.org.
 */
@Component
class DemoCatalogue {

    record DemoProgram(String name, String institution, String city, String state, String zone, ProgramType setting,
                       int positions, boolean preliminaryYear, int imgLastYear, int imgThisYear, boolean statement,
                       Integer maxYearsSinceGraduation, Integer minStep2Score, Integer minUsClinicalMonths,
                       String fellowships) {
    }

    static final List<DemoProgram> PROGRAMS = List.of(
            new DemoProgram("Alderwood University Radiology", "Alderwood University Health", "Boston", "MA", "America/New_York", ProgramType.ACADEMIC, 10, false, 0, 1, false, null, 240, null, "Neuroradiology; Breast imaging; Interventional radiology"),
            new DemoProgram("Brightwater Medical Center", "Brightwater Health", "Newark", "NJ", "America/New_York", ProgramType.COMMUNITY, 4, true, 3, 3, true, null, null, 3, ""),
            new DemoProgram("Copperfield Regional Hospital", "Copperfield Health System", "Scranton", "PA", "America/New_York", ProgramType.COMMUNITY, 3, true, 2, 4, true, 7, null, null, ""),
            new DemoProgram("Dunmore Hills University", "Dunmore Hills School of Medicine", "Pittsburgh", "PA", "America/New_York", ProgramType.ACADEMIC, 8, false, 1, 1, false, 5, 235, null, "Musculoskeletal; Body imaging"),
            new DemoProgram("Eastbrook Health Radiology", "Eastbrook Health", "Brooklyn", "NY", "America/New_York", ProgramType.HYBRID, 6, true, 4, 5, true, null, null, null, "Body imaging"),
            new DemoProgram("Fairhaven Teaching Hospital", "Fairhaven Medical Group", "Hartford", "CT", "America/New_York", ProgramType.HYBRID, 5, false, 1, 2, false, 5, null, 3, ""),
            new DemoProgram("Glenmoor University Hospital", "Glenmoor University", "Burlington", "VT", "America/New_York", ProgramType.ACADEMIC, 4, false, 0, 0, false, 3, null, null, "Neuroradiology"),
            new DemoProgram("Hollis Bay Medical Center", "Hollis Bay Health", "Providence", "RI", "America/New_York", ProgramType.COMMUNITY, 3, true, 1, 1, true, null, null, null, ""),
            new DemoProgram("Ironwood University Radiology", "Ironwood University", "Ann Arbor", "MI", "America/Detroit", ProgramType.ACADEMIC, 12, false, 0, 1, false, null, 245, null, "Pediatric radiology; Neuroradiology; Nuclear medicine"),
            new DemoProgram("Juniper Lake Health", "Juniper Lake Health", "Milwaukee", "WI", "America/Chicago", ProgramType.HYBRID, 5, true, 2, 3, true, null, null, null, "Body imaging"),
            new DemoProgram("Kestrel Valley Hospital", "Kestrel Valley Medical", "Peoria", "IL", "America/Chicago", ProgramType.COMMUNITY, 3, true, 3, 2, true, 10, null, null, ""),
            new DemoProgram("Lakeshore Metropolitan Radiology", "Lakeshore Metropolitan Health", "Cleveland", "OH", "America/New_York", ProgramType.HYBRID, 7, false, 1, 3, true, 5, 225, null, "Interventional radiology"),
            new DemoProgram("Maple Ridge Medical Center", "Maple Ridge Health", "Des Moines", "IA", "America/Chicago", ProgramType.COMMUNITY, 4, true, 2, 2, false, null, null, 6, ""),
            new DemoProgram("Northfield University Hospital", "Northfield University", "Minneapolis", "MN", "America/Chicago", ProgramType.ACADEMIC, 9, false, 0, 0, false, 3, 240, null, "Musculoskeletal; Breast imaging"),
            new DemoProgram("Oakhurst Regional Medical", "Oakhurst Health", "Kansas City", "MO", "America/Chicago", ProgramType.COMMUNITY, 4, false, 1, 2, true, 7, null, null, ""),
            new DemoProgram("Prairie Heights Health", "Prairie Heights Medical College", "Omaha", "NE", "America/Chicago", ProgramType.HYBRID, 5, true, 2, 1, false, null, null, 3, "Nuclear medicine"),
            new DemoProgram("Quarry Hill University Radiology", "Quarry Hill University", "Nashville", "TN", "America/Chicago", ProgramType.ACADEMIC, 9, false, 0, 1, false, null, 235, null, "Neuroradiology; Interventional radiology"),
            new DemoProgram("Redbud Medical Center", "Redbud Health", "Little Rock", "AR", "America/Chicago", ProgramType.COMMUNITY, 4, true, 3, 4, true, null, null, null, ""),
            new DemoProgram("Saltmarsh Coastal Hospital", "Saltmarsh Health", "Savannah", "GA", "America/New_York", ProgramType.COMMUNITY, 3, true, 2, 3, true, 10, null, null, ""),
            new DemoProgram("Tidewater University Health", "Tidewater University", "Norfolk", "VA", "America/New_York", ProgramType.ACADEMIC, 6, false, 1, 1, false, 5, null, null, "Body imaging; Breast imaging"),
            new DemoProgram("Upland Baptist Radiology", "Upland Health", "Birmingham", "AL", "America/Chicago", ProgramType.HYBRID, 5, true, 2, 2, true, null, null, 3, ""),
            new DemoProgram("Verdant Bay Medical Center", "Verdant Bay Health", "Tampa", "FL", "America/New_York", ProgramType.HYBRID, 6, true, 3, 4, true, null, null, null, "Interventional radiology"),
            new DemoProgram("Willowbrook Health Radiology", "Willowbrook Health", "San Antonio", "TX", "America/Chicago", ProgramType.COMMUNITY, 5, true, 4, 3, true, null, null, null, ""),
            new DemoProgram("Yellowpine University Hospital", "Yellowpine University", "Houston", "TX", "America/Chicago", ProgramType.ACADEMIC, 11, false, 1, 0, false, 3, 245, null, "Pediatric radiology; Neuroradiology; Musculoskeletal"),
            new DemoProgram("Zephyr Point Medical Center", "Zephyr Point Health", "Oklahoma City", "OK", "America/Chicago", ProgramType.COMMUNITY, 3, true, 2, 2, false, null, null, null, ""),
            new DemoProgram("Aspen Crest University Radiology", "Aspen Crest University", "Denver", "CO", "America/Denver", ProgramType.ACADEMIC, 8, false, 0, 1, false, 5, 240, null, "Neuroradiology; Body imaging"),
            new DemoProgram("Bristlecone Regional Health", "Bristlecone Health", "Albuquerque", "NM", "America/Denver", ProgramType.HYBRID, 4, true, 2, 3, true, null, null, 3, ""),
            new DemoProgram("Canyon Mesa Medical Center", "Canyon Mesa Health", "Phoenix", "AZ", "America/Phoenix", ProgramType.COMMUNITY, 6, true, 3, 3, true, 7, null, null, "Interventional radiology"),
            new DemoProgram("Driftwood Coast Hospital", "Driftwood Coast Health", "Fresno", "CA", "America/Los_Angeles", ProgramType.COMMUNITY, 4, true, 2, 4, true, null, null, null, ""),
            new DemoProgram("Evergreen Sound University", "Evergreen Sound University", "Seattle", "WA", "America/Los_Angeles", ProgramType.ACADEMIC, 9, false, 0, 0, false, 3, 245, null, "Musculoskeletal; Neuroradiology; Breast imaging"));

    private final CatalogueProgramRepository programs;
    private final Clock clock;

    DemoCatalogue(CatalogueProgramRepository programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    @EventListener
    void addDemoCatalogue(DemoAccountsSeeded seeded) {
        Set<String> present = programs.findAll().stream().map(program -> CatalogueProgram.nameKey(program.getName()))
                .collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        int academicYear = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        for (int i = 0; i < PROGRAMS.size(); i++) {
            DemoProgram demo = PROGRAMS.get(i);
            if (present.contains(CatalogueProgram.nameKey(demo.name()))) {
                continue;
            }
            String slug = demo.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
            // evidence checked at different times, some of it last season, so its age shows
            LocalDate checked = today.minusDays(20L + 17L * i);
            boolean hasCounts = demo.imgLastYear() + demo.imgThisYear() > 0 || i % 3 == 0;
            programs.save(new CatalogueProgram(new ProgramDetails(demo.name(), demo.institution(), demo.city(),
                    demo.state(), demo.zone(), demo.setting(), demo.positions(), demo.preliminaryYear(), demo.fellowships(),
                    hasCounts ? Map.of(academicYear - 1, demo.imgLastYear(), academicYear, demo.imgThisYear()) : Map.of(),
                    hasCounts ? new Source("https://example.org/" + slug + "/residents", checked) : Source.NONE,
                    demo.statement() ? "Graduates of international medical schools are welcome to apply." : "",
                    demo.statement() ? new Source("https://example.org/" + slug + "/apply", checked) : Source.NONE,
                    i % 2 == 0 ? new Source("https://example.org/" + slug + "/match", checked.minusDays(30)) : Source.NONE,
                    demo.maxYearsSinceGraduation(), demo.minStep2Score(), demo.minUsClinicalMonths(), ""),
                    clock.instant(), today));
        }
    }
}
