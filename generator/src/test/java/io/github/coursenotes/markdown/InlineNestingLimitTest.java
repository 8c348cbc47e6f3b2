package io.github.coursenotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class InlineNestingLimitTest {

    @Test
    void thousandsOfNestedEmphasesAreFoundOnTheirLine() {
        String deep = "*a **b ".repeat(1_000) + "c" + "** a*".repeat(1_000);
        assertEquals(OptionalInt.of(2), InlineNestingLimit.firstLineOverLimit("# Deep\n\n" + deep + "\n"));
    }

    @Test
    void nestedLinksCount() {
        assertEquals(OptionalInt.of(0), InlineNestingLimit.firstLineOverLimit("[".repeat(501) + "x"));
        assertEquals(OptionalInt.empty(), InlineNestingLimit.firstLineOverLimit("[".repeat(500) + "x"));
    }

    @Test
    void closedEmphasisAndLinksDoNotAddUp() {
        String paragraph = "Some **bold**, *italic*, _under_ and [a link](x.md) text. ".repeat(2_000);
        assertEquals(OptionalInt.empty(), InlineNestingLimit.firstLineOverLimit(paragraph));
    }

    @Test
    void wordInnerDelimitersInCodeAreIgnored() {
        String code = "```python\n" + "user_id = get_user_id(request_data) * 2*x**2\n".repeat(1_000) + "```\n";
        assertEquals(OptionalInt.empty(), InlineNestingLimit.firstLineOverLimit(code));
    }

    @Test
    void aBlankLineEndsTheParagraph() {
        String half = "*a ".repeat(300);
        assertEquals(OptionalInt.empty(), InlineNestingLimit.firstLineOverLimit(half + "\n\n" + half));
        assertEquals(OptionalInt.of(1), InlineNestingLimit.firstLineOverLimit(half + "\n" + half));
    }
}
