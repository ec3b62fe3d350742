package org.matchprep.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Browsers silently drop everything after a broken CSS rule, so a stray brace (say, from a merge)
 * un-styles half the product without any error. This catches that before anyone has to look.
 */
class StylesheetTest {

    private static final Path STYLESHEET = Path.of("frontend", "styles", "matchprep.css");

    @Test
    void the_product_stylesheet_has_balanced_braces_and_no_merge_markers() throws IOException {
        String css = Files.readString(STYLESHEET).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("closing brace without an opening one near line %d", line).isNotNegative();
        }
        assertThat(depth).as("unclosed rules at the end of the stylesheet").isZero();
        assertThat(css).doesNotContain("<<<<<<<", "=======", ">>>>>>>");
    }

    @Test
    void no_rule_starts_inside_another_except_in_media_queries() throws IOException {
        String[] lines = Files.readString(STYLESHEET).split("\n");
        int depth = 0;
        boolean inMedia = false;
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (text.startsWith("@media")) {
                inMedia = true;
            }
            if (depth > (inMedia ? 1 : 0) && text.contains("{")) {
                throw new AssertionError("Rule at line " + (i + 1) + " opens inside an unclosed rule: " + text);
            }
            depth += (int) text.chars().filter(c -> c == '{').count() - (int) text.chars().filter(c -> c == '}').count();
            if (depth == 0) {
                inMedia = false;
            }
        }
    }
}
