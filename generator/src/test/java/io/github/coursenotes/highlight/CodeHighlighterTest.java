package io.github.coursenotes.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Build-time highlighting: the kinds of token of the languages notes use, and the text kept exactly. */
class CodeHighlighterTest {

    /** One sample per language the notes use most, with a string or comment spanning lines where the language has one. */
    private static final Map<String, String> SAMPLES = Map.of(
            "python", """
                    import numpy as np  # arrays
                    def score(x, y=None):
                        \"\"\"Mean error,
                        over lines.\"\"\"
                        return np.mean(x) * 2.5 + len(f'{y}') > 0
                    """,
            "bash", """
                    #!/bin/bash
                    export MODEL="v2"  # the candidate
                    for f in *.csv; do echo "$f ${MODEL}" | tee -a log.txt; done
                    """,
            "yaml", """
                    # rollout
                    canary:
                      share: 0.05
                      name: "new & <improved>"
                    """,
            "json", "{\"model\": \"v2\", \"share\": 0.05, \"live\": true, \"tags\": [null]}\n",
            "java", """
                    /** Routes
                     * requests. */
                    public record Router(int share) {
                        @Override public String toString() { return "share " + share; } // text
                    }
                    """,
            "sql", "SELECT model, count(*) AS n -- per model\nFROM predictions WHERE day > '2024-01-01' GROUP BY model;\n",
            "html", "<p class=\"x\">A &amp; B</p>\n<script>\nvar a = \"<b>\";\n</script>\n<!-- note\nspans -->\n",
            "javascript", "const x = `a ${b}`; // c\n/* long\ncomment */ let r = /ab+/g;\n");

    private static String html(String language, String code) {
        Optional<String> html = CodeHighlighter.highlight(language, code);
        assertTrue(html.isPresent(), language);
        return html.get();
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    @Test
    void everyCharacterOfTheCodeIsKeptAndEscaped() {
        SAMPLES.forEach((language, code) -> {
            String html = html(language, code);
            assertEquals(code, text(html), language);
            assertTrue(!html.replaceAll("<(/?span)( class=\"hl-[a-z]+\")?>", "").matches("(?s).*[<>\"].*"),
                    language + ": only our spans are markup: " + html);
        });
    }

    @Test
    void pythonKeywordsStringsCommentsAndNumbers() {
        String html = html("python", SAMPLES.get("python"));
        assertTrue(html.contains("<span class=\"hl-keyword\">import</span> numpy"), html);
        assertTrue(html.contains("<span class=\"hl-comment\"># arrays</span>"), html);
        assertTrue(html.contains("<span class=\"hl-number\">2.5</span>"), html);
        assertTrue(html.contains("<span class=\"hl-number\">None</span>"), html);
        assertTrue(html.contains("<span class=\"hl-name\">len</span>"), html);
    }

    @Test
    void aStringOrCommentSpanningLinesStaysOneKindOnEachLine() {
        String python = html("python", SAMPLES.get("python"));
        assertTrue(python.contains("<span class=\"hl-string\">    over lines.&quot;&quot;&quot;</span>"), python);
        String java = html("java", SAMPLES.get("java"));
        assertTrue(java.contains("<span class=\"hl-comment\"> * requests. */</span>"), java);
        String html = html("html", SAMPLES.get("html"));
        assertTrue(html.contains("<span class=\"hl-comment\">spans --&gt;</span>"), html);
        assertTrue(html.contains("<span class=\"hl-keyword\">var</span> a = <span class=\"hl-string\">&quot;&lt;b&gt;&quot;</span>"), html);
    }

    @Test
    void shellYamlJsonAndSql() {
        String bash = html("bash", SAMPLES.get("bash"));
        assertTrue(bash.contains("<span class=\"hl-comment\"># the candidate</span>"), bash);
        assertTrue(bash.contains("<span class=\"hl-keyword\">for</span> f"), bash);
        assertTrue(bash.contains("<span class=\"hl-variable\">$f ${MODEL}</span>"), bash);
        String yaml = html("yaml", SAMPLES.get("yaml"));
        assertTrue(yaml.contains("<span class=\"hl-string\">&quot;new &amp; &lt;improved&gt;&quot;</span>"), yaml);
        String json = html("json", SAMPLES.get("json"));
        assertTrue(json.contains("<span class=\"hl-number\">true</span>"), json);
        assertTrue(json.contains("<span class=\"hl-string\">&quot;v2&quot;</span>"), json);
        String sql = html("sql", SAMPLES.get("sql"));
        assertTrue(sql.contains("<span class=\"hl-keyword\">SELECT</span> model"), sql);
        assertTrue(sql.contains("<span class=\"hl-comment\">-- per model</span>"), sql);
    }

    @Test
    void languageNamesAreThoseOfGitHubInAnyCase() {
        assertEquals(CodeHighlighter.highlight("python", "x = 1\n"), CodeHighlighter.highlight("Py", "x = 1\n"));
        assertEquals(CodeHighlighter.highlight("bash", "ls\n"), CodeHighlighter.highlight("shell", "ls\n"));
        assertEquals(CodeHighlighter.highlight("yaml", "a: 1\n"), CodeHighlighter.highlight("YML", "a: 1\n"));
    }

    @Test
    void anUnknownLanguageIsLeftToTheCaller() {
        assertEquals(Optional.empty(), CodeHighlighter.highlight("brainfudge", "+++"));
        assertEquals(Optional.empty(), CodeHighlighter.highlight("", "plain"));
    }

    @Test
    void emptyLinesAndAMissingFinalNewlineAreKept() {
        assertEquals("x\n\n<span class=\"hl-number\">1</span>", html("python", "x\n\n1"));
        assertEquals("", html("python", ""));
    }
}
