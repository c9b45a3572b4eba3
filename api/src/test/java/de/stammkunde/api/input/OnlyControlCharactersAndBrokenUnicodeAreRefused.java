package de.stammkunde.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stammkunde.api.problem.InvalidInput;
import org.junit.jupiter.api.Test;

/** The text rule itself: what passes, what is refused, and what the refusal names. */
class OnlyControlCharactersAndBrokenUnicodeAreRefused {
    @Test
    void textOfEveryScriptPasses() {
        for (String text : new String[] {"", "Müller", "😀🇩🇪", "مرحبا\u202Eabc", "Zoe\u0308\u0301", "' OR 1=1 --",
                "\u00a0\u2028\u200b\ufeff", "\ud83d\ude00", "\uFFFF"}) {
            for (TextRule rule : TextRule.values()) {
                assertThat(rule.check(text)).as("%s in %s", text, rule).isNull();
            }
        }
    }

    @Test
    void controlCharactersAreRefusedWithTheirCodePoint() {
        assertThat(TextRule.MULTI_LINE.check("ab\u0000")).isEqualTo(
                new TextRule.Violation(TextRule.Kind.CONTROL_CHARACTER, 2, 0));
        assertThat(TextRule.SINGLE_LINE.check("\u007f").character()).isEqualTo("U+007F");
        assertThat(TextRule.SINGLE_LINE.check("x\u0085").character()).isEqualTo("U+0085");
        assertThat(TextRule.MULTI_LINE.check("\u009f")).isNotNull();
        assertThat(TextRule.HEADER.check("a\u0001")).isNotNull();
    }

    @Test
    void lineBreaksAndTabsAreTextOnlyInJsonStrings() {
        assertThat(TextRule.MULTI_LINE.check("eins\r\nzwei\tdrei")).isNull();
        assertThat(TextRule.SINGLE_LINE.check("eins\nzwei")).isNotNull();
        assertThat(TextRule.SINGLE_LINE.check("a\tb")).isNotNull();
        assertThat(TextRule.HEADER.check("a\tb")).isNotNull();
    }

    @Test
    void headersAreBytesSoLatin1LooksAlikesOfC1Pass() {
        // UTF-8 "€" read as ISO-8859-1 by Tomcat is "â\u0082¬": bytes of text, not a control character.
        assertThat(TextRule.HEADER.check("â\u0082¬")).isNull();
        assertThat(TextRule.SINGLE_LINE.check("â\u0082¬")).isNotNull();
    }

    @Test
    void unpairedSurrogatesAreBrokenUnicode() {
        for (String broken : new String[] {"\ud800", "a\udc00", "\udc00\ud800", "\ud83d", "x\ude00y"}) {
            assertThat(TextRule.MULTI_LINE.check(broken)).as(broken).extracting(TextRule.Violation::kind)
                    .isEqualTo(TextRule.Kind.UNPAIRED_SURROGATE);
        }
    }

    @Test
    void theQueryStringIsDecodedStrictly() {
        QueryString.check("q=M%C3%BCller&page=0&size=25&flag&empty=");
        QueryString.check("q=a+b%20c%F0%9F%98%80");
        assertRefused("q=%00", "q", "validation.control-character");
        assertRefused("page=1&q=a%0Ab", "q", "validation.control-character");
        assertRefused("q=%zz", "q", "validation.bad-encoding");
        assertRefused("q=%E", "q", "validation.bad-encoding");
        assertRefused("q=%FF", "q", "validation.bad-encoding");
        assertRefused("q=%ED%A0%80", "q", "validation.bad-encoding");
        assertRefused("q%01=x", "query", "validation.control-character");
        assertRefused("%zz=x", "query", "validation.bad-encoding");
    }

    private static void assertRefused(String query, String field, String messageKey) {
        assertThatThrownBy(() -> QueryString.check(query)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }
}
