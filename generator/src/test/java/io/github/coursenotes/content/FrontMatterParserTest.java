package io.github.coursenotes.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.coursenotes.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private SourceFile parse(String text) {
        return FrontMatterParser.parse(text, "content/note.md", diagnostics);
    }

    private String problems() {
        return diagnostics.sorted().toString();
    }

    @Test
    void readsEveryKnownKey() {
        SourceFile source = parse("""
                ---
                title: Canary deployments
                summary: Roll out to a small slice of traffic first.
                weight: 3
                draft: true
                ---
                # Body
                """);
        assertEquals(new FrontMatter("Canary deployments", "Roll out to a small slice of traffic first.", 3, true),
                source.frontMatter());
        assertEquals("# Body\n", source.body());
        assertEquals(7, source.bodyLine());
        assertEquals("[]", problems());
    }

    @Test
    void everyKeyIsOptional() {
        SourceFile source = parse("---\ntitle: Only a title\n---\nText\n");
        assertEquals(new FrontMatter("Only a title", null, null, false), source.frontMatter());
        assertEquals(4, source.bodyLine());
        assertEquals("[]", problems());
    }

    @Test
    void withoutFrontMatterTheWholeTextIsTheBody() {
        SourceFile source = parse("# Title\n\n---\n\nText after a thematic break\n");
        assertEquals(FrontMatter.EMPTY, source.frontMatter());
        assertEquals("# Title\n\n---\n\nText after a thematic break\n", source.body());
        assertEquals(1, source.bodyLine());
    }

    @Test
    void emptyFrontMatterIsAllowed() {
        SourceFile source = parse("---\n---\nText\n");
        assertEquals(FrontMatter.EMPTY, source.frontMatter());
        assertEquals("Text\n", source.body());
        assertEquals(3, source.bodyLine());
        assertEquals("[]", problems());
    }

    @Test
    void yamlDocumentEndMarkerClosesTheFrontMatter() {
        SourceFile source = parse("---\ntitle: Dots\n...\nText\n");
        assertEquals("Dots", source.frontMatter().title());
        assertEquals("Text\n", source.body());
    }

    @Test
    void yamlQuotingAndBlockScalarsWork() {
        SourceFile source = parse("""
                ---
                title: "Drift: data vs. concept"
                summary: >
                  Two kinds of drift,
                  folded into one line.
                weight: -2
                draft: false
                ---
                """);
        assertEquals(new FrontMatter("Drift: data vs. concept", "Two kinds of drift, folded into one line.", -2, false),
                source.frontMatter());
        assertEquals("[]", problems());
    }

    @Test
    void numbersAndDatesAsTitleAreText() {
        assertEquals("2024", parse("---\ntitle: 2024\n---\n").frontMatter().title());
    }

    @Test
    void blankTitleCountsAsMissing() {
        assertEquals(null, parse("---\ntitle: '  '\nsummary:\n---\n").frontMatter().title());
        assertEquals("[]", problems());
    }

    @Test
    void unknownKeysAreWarnedAboutAtTheirLine() {
        SourceFile source = parse("---\ntitle: T\ncolour: red\ntags: [a]\n---\n");
        assertEquals("T", source.frontMatter().title());
        assertEquals("[content/note.md:3:1: warning: unknown front matter key 'colour' (known keys: draft, summary,"
                + " title, weight), content/note.md:4:1: warning: unknown front matter key 'tags' (known keys: draft,"
                + " summary, title, weight)]", problems());
        assertEquals(false, diagnostics.hasErrors());
    }

    @Test
    void valuesOfTheWrongTypeAreErrorsAtTheirLine() {
        SourceFile source = parse("""
                ---
                title: [a, b]
                summary: Fine
                weight: three
                draft: yes
                ---
                """);
        assertEquals(new FrontMatter(null, "Fine", null, false), source.frontMatter());
        assertEquals("[content/note.md:2:1: front matter 'title' must be text, found a list '[a, b]',"
                + " content/note.md:4:1: front matter 'weight' must be a whole number, found a string value 'three',"
                + " content/note.md:5:1: front matter 'draft' must be true or false, found a string value 'yes']",
                problems());
    }

    @Test
    void fractionalWeightIsAnError() {
        assertEquals(null, parse("---\nweight: 1.5\n---\n").frontMatter().weight());
        assertEquals("[content/note.md:2:1: front matter 'weight' must be a whole number, found a double value '1.5']",
                problems());
    }

    @Test
    void frontMatterMustBeAMap() {
        parse("---\n- a\n- b\n---\n");
        assertEquals("[content/note.md:2:1: front matter must be a map of 'key: value' lines, found a list]",
                problems());
    }

    @Test
    void unclosedFrontMatterIsReportedAndTheTextKept() {
        SourceFile source = parse("---\ntitle: T\n\nText\n");
        assertEquals(FrontMatter.EMPTY, source.frontMatter());
        assertEquals("---\ntitle: T\n\nText\n", source.body());
        assertEquals("[content/note.md:1:1: front matter starts with '---' but has no closing '---' line]", problems());
    }

    @Test
    void invalidYamlIsReportedAtItsLineInTheFile() {
        parse("---\ntitle: T\nsummary: [unclosed\n---\n");
        String problem = problems();
        assertEquals(true, problem.startsWith("[content/note.md:"), problem);
        assertEquals(true, problem.contains("invalid YAML in front matter"), problem);
        int line = Integer.parseInt(problem.split(":")[1]);
        assertEquals(true, line >= 3 && line <= 4, problem);
    }
}
