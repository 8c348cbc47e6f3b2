package io.github.coursenotes.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "index.html|text/html; charset=utf-8",
            "style.css|text/css; charset=utf-8",
            "site.js|text/javascript; charset=utf-8",
            "loop.svg|image/svg+xml",
            "cards.json|application/json; charset=utf-8",
            "sitemap.xml|application/xml; charset=utf-8",
            "cards-anki.txt|text/plain; charset=utf-8",
            "photo.PNG|image/png",
            "photo.jpg|image/jpeg",
            "photo.jpeg|image/jpeg",
            "font.woff2|font/woff2",
            "favicon.ico|image/x-icon",
            "slides.pdf|application/pdf",
            ".nojekyll|application/octet-stream",
            "README|application/octet-stream",
            "data.unknown|application/octet-stream"})
    void typesFollowTheExtension(String file, String type) {
        assertEquals(type, ContentTypes.of(file));
    }
}
