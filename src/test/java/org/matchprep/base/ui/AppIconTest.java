package org.matchprep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.router.Menu;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class AppIconTest {

    @Test
    void every_icon_is_a_symbol_of_the_sprite_and_the_sprite_holds_no_other() throws IOException {
        String sprite = sprite();
        var symbols = Pattern.compile("<symbol id=\"([a-z0-9-]+)\"").matcher(sprite).results().map(match -> match.group(1)).toList();

        assertThat(symbols).containsExactlyInAnyOrderElementsOf(Arrays.stream(AppIcon.values()).map(AppIcon::symbol).toList());
    }

    @Test
    void an_icon_is_the_sprite_and_its_symbol() {
        SvgIcon icon = AppIcon.CALENDAR_USER.create();

        assertThat(icon.getSrc()).isEqualTo(AppIcon.SPRITE);
        assertThat(icon.getSymbol()).isEqualTo("calendar-user");
    }

    @Test
    void every_menu_icon_is_in_the_sprite() {
        var menus = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.matchprep").stream()
                .filter(type -> type.isAnnotatedWith(Menu.class))
                .map(type -> type.getAnnotationOfType(Menu.class).icon())
                .filter(icon -> !icon.isEmpty())
                .toList();

        assertThat(menus).isNotEmpty().allSatisfy(icon -> assertThat(AppIcon.ofMenu(icon).symbol()).isEqualTo(icon.replace("vaadin:", "")));
    }

    private static String sprite() throws IOException {
        try (InputStream in = AppIconTest.class.getResourceAsStream("/META-INF/resources/" + AppIcon.SPRITE)) {
            assertThat(in).as("the sprite on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
