package io.github.coursenotes.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnkiClozeTest {

    @Test
    void aBlankIsC1WithItsAnswerAsHtml() {
        assertEquals("{{c1::data &amp; code}}", AnkiCloze.blank(List.of("data & code")));
    }

    @Test
    void colonsAndBracesInAnAnswerCannotStartAHintOrEndTheBlank() {
        assertEquals("{{c1::std&#58;&#58;vector}}", AnkiCloze.blank(List.of("std::vector")));
        assertEquals("{{c1::a&#125;&#125;b&#123;&#123;c}}", AnkiCloze.blank(List.of("a}}b{{c")));
    }

    @Test
    void theOtherAcceptedAnswersFollowTheFirstOnTheBack() {
        assertEquals("{{c1::model<span class=\"cn-also\"> (or algorithm)</span>}}", AnkiCloze.blank(List.of("model", "algorithm")));
        assertEquals("{{c1::a<span class=\"cn-also\"> (or b, c or d)</span>}}", AnkiCloze.blank(List.of("a", "b", "c", "d")));
    }

    @Test
    void doubleBracesAroundTheBlanksOpenNoBlank() {
        assertEquals("<code>{&#123;c2::x}}</code> {&#123;{ {&#123;{&#123;", AnkiCloze.escapeText("<code>{{c2::x}}</code> {{{ {{{{"));
    }
}
