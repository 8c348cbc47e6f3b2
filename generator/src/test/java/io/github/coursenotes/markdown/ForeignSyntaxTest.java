package io.github.coursenotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostics;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Syntax of other tools that GitHub shows as text is reported where it stands, not passed over in silence. */
class ForeignSyntaxTest {

    private static String problems(String body) {
        Diagnostics diagnostics = new Diagnostics();
        new PageParser().parse(new Page("01-a/02-b.md", "content/01-a/02-b.md", "a/b.html", Page.Kind.NOTE, "B", null, 2,
                "b", body, 1), diagnostics);
        return diagnostics.sorted().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void admonitionsOfMkDocsAndDocusaurusSuggestAGitHubAlert() {
        assertEquals("""
                content/01-a/02-b.md:3:1: warning: MkDocs admonition '!!! warning' is shown as text here; write a GitHub alert instead: '> [!WARNING]' and the text on '> ' lines below it
                content/01-a/02-b.md:6:1: warning: MkDocs admonition '??? tip' is shown as text here; write a GitHub alert instead: '> [!TIP]' and the text on '> ' lines below it
                content/01-a/02-b.md:9:1: warning: admonition ':::danger' (Docusaurus) is shown as text here; write a GitHub alert instead: '> [!CAUTION]' and the text on '> ' lines below it""",
                problems("Text.\n\n!!! warning \"Careful\"\n    Body.\n\n??? tip\n    Folded.\n\n:::danger\nBad.\n:::\n"));
    }

    @Test
    void includesTemplateTagsShortcodesAndWikiLinksAreReportedWhereTheyStand() {
        assertEquals("""
                content/01-a/02-b.md:1:5: warning: mdBook's '{{#include ../code/train.py:5:10}}' is not run here and is shown as text; paste what it includes, or link to the file
                content/01-a/02-b.md:2:1: warning: template tag '{% raw %}' (Liquid/Jinja) is not run here and is shown as text
                content/01-a/02-b.md:3:7: warning: Hugo shortcode '{{< youtube abc >}}' is not run here and is shown as text
                content/01-a/02-b.md:4:7: warning: wiki link '[[Data drift]]' is shown as text; write a Markdown link such as '[text](file.md)'""",
                problems("See {{#include ../code/train.py:5:10}}.\n{% raw %}\nVideo {{< youtube abc >}}\nRead: [[Data drift]].\n"));
    }

    @Test
    void codeAndCardBlanksAreNotLookedAt() {
        assertEquals("", problems("`{% raw %}` and\n\n```\n!!! note\n{{#include x}}\n```\n\n"
                + "```card cloze id=c\nA {{blank}} here.\n```\n"));
    }

    @Test
    void anAlertGitHubDoesNotKnowIsReported() {
        assertEquals("content/01-a/02-b.md:1:3: warning: '[!DANGER]' is not an alert GitHub knows (NOTE, TIP, IMPORTANT,"
                + " WARNING, CAUTION): the quote is shown as a plain quote, with '[!DANGER]' as text",
                problems("> [!DANGER]\n> Hot.\n"));
    }
}
