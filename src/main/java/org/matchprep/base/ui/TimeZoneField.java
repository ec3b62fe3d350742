package org.matchprep.base.ui;

import java.time.ZoneId;
import java.util.List;

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

    public static boolean isOffered(String zone) {
        return ZONES.contains(zone);
    }
}
