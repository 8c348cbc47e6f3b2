package io.github.coursenotes.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageTest {

    private static Page at(String outputPath) {
        return new Page("x.md", "content/x.md", outputPath, Page.Kind.NOTE, "X", null, 1, "x", "", 1);
    }

    @Test
    void theKeyIsTheOutputPathWithoutExtensionAndWithDashesForSlashes() {
        assertEquals("lifecycle-data", at("lifecycle/data.html").key());
        assertEquals("index", at("index.html").key());
        assertEquals("more-nested-index", at("more/nested/index.html").key());
    }

    @Test
    void theDepthCountsTheFoldersAboveThePage() {
        assertEquals(0, at("index.html").depth());
        assertEquals(2, at("more/nested/deep.html").depth());
    }
}
