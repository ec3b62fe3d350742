package org.matchprep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ReadOnlyHtmlTest {

    private static final String TYPED = "<img src=x onerror=alert(1)> <script>alert(2)</script> \"quoted\" & 'single'";

    @Test
    void what_someone_typed_shows_as_characters_and_makes_no_element() {
        Document page = Jsoup.parseBodyFragment(ReadOnlyHtml.tag("p", "comment", ReadOnlyHtml.text(TYPED)));

        assertThat(page.select("img, script, [onerror]")).isEmpty();
        assertThat(page.selectFirst("p.comment").wholeText()).isEqualTo(TYPED);
    }

    @Test
    void what_someone_typed_cannot_leave_an_attribute_value() {
        Document page = Jsoup.parseBodyFragment("<span aria-label=\"" + ReadOnlyHtml.text(TYPED) + "\">x</span>");

        assertThat(page.select("span").attr("aria-label")).isEqualTo(TYPED);
        assertThat(page.select("span").first().attributes().size()).isEqualTo(1);
    }

    @Test
    void an_element_shows_its_html_as_one_node_without_children() {
        var element = ReadOnlyHtml.element("div", "thread-head", ReadOnlyHtml.tag("span", null, "Dr. Chen"));

        assertThat(element.getChildCount()).isZero();
        assertThat(element.getAttribute("class")).isEqualTo("thread-head");
        assertThat(element.getProperty("innerHTML")).isEqualTo("<span>Dr. Chen</span>");
    }
}
