package org.matchprep.base.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;

/** A searchable list of IANA time zones ("Asia/Kolkata"), the form the whole app stores. */
public class TimeZoneField extends ComboBox<String> {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    public TimeZoneField(String label) {
        super(label);
        setItems(ZONES);
        setAllowCustomValue(false);
        setHelperText("Times in MatchPrep are shown in this zone.");
    }

    // Browsers still report some old IANA link names; offer the current name of the same zone instead.
    private static final Map<String, String> CURRENT_NAMES = Map.of(
            "Asia/Calcutta", "Asia/Kolkata",
            "Asia/Saigon", "Asia/Ho_Chi_Minh",
            "Asia/Katmandu", "Asia/Kathmandu",
            "Asia/Rangoon", "Asia/Yangon",
            "Europe/Kiev", "Europe/Kyiv",
            "America/Buenos_Aires", "America/Argentina/Buenos_Aires",
            "Atlantic/Faeroe", "Atlantic/Faroe",
            "Pacific/Truk", "Pacific/Chuuk");

    /** Preselects the zone the browser reported, under its current name, when we offer it. */
    public void preselect(String browserZone) {
        String zone = CURRENT_NAMES.getOrDefault(browserZone, browserZone);
        if (isEmpty() && zone != null && ZONES.contains(zone)) {
            setValue(zone);
        }
    }
}
