package io.github.coursenotes.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkSuggestionTest {

    @ParameterizedTest(name = "from ''{0}'' to {1}")
    @CsvSource(delimiter = '|', value = {
            " | 02-data/labels.md | 02-data/labels.md",
            "01-a/ | 02-data/labels.md | ../02-data/labels.md",
            "01-a/02-b/ | 02-data/labels.md | ../../02-data/labels.md",
            "01-a/02-b/ | 01-a/x.md | ../x.md",
            "01-a/02-b/ | 01-a/02-b/c/y.md | c/y.md",
            "01-a/ | README.md | ../README.md",
            "01-a/02-b/ | 03-code/ | ../../03-code/"})
    void theRelativePathIsRightAtAnyDepth(String from, String target, String expected) {
        assertEquals(expected, LinkSuggestion.relative(from == null ? "" : from, target));
    }

    @Test
    void closerCandidatesWin() {
        List<String> existing = List.of("01-a/01-labels.md", "02-b/labels.md", "02-b/label.md", "03-c/my file.md");
        assertEquals(" (did you mean '../02-b/labels.md'?)", LinkSuggestion.suggest("01-a/", "01-a/labels.md", existing),
                "the same name in another folder before the same name with a number");
        assertEquals(" (did you mean '01-labels.md'?)", LinkSuggestion.suggest("01-a/", "01-a/02-labels.md", existing),
                "another number prefix in the same folder");
        assertEquals(" (did you mean '../03-c/my%20file.md'?)", LinkSuggestion.suggest("01-a/", "03-c/my fil.md", existing),
                "percent-encoded, ready to paste");
        assertEquals("", LinkSuggestion.suggest("01-a/", "01-a/zz.md", existing));
    }
}
