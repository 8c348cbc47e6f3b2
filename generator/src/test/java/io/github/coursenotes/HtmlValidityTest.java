package io.github.coursenotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.browser.Browser;
import javax.json.Json;
import javax.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Nu Html Checker (the W3C's HTML validator, embedded) over every HTML page the build
 * writes, whatever outputs exist, and expects zero errors. Its warnings are printed, not failed.
 */
class HtmlValidityTest {

    @Test
    void everyPageOfTheCourseIsValidHtml() throws Exception {
        assertValid(Browser.course());
    }

    @Test
    void everyPageOfTheFixtureCourseIsValidHtml() throws Exception {
        assertValid(Browser.fixture());
    }

    @Test
    void pagesWithHostileTitlesAndOddFileNamesAreValidHtml(@TempDir Path folder) throws Exception {
        TestProject project = TestProject.minimal(folder);
        project.write("content/02-Über uns/01-Grüße & Co.md", "---\ntitle: '" + EscapingTest.EVIL.replace("'", "''")
                + "'\nsummary: '" + EscapingTest.EVIL_SUMMARY + "'\n---\n![Ein Bild](<Bild 50%.svg>)\n\n"
                + "[Back](<../01-basics/01-first.md>)\n");
        project.write("content/02-Über uns/Bild 50%.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertEquals(List.of(), TestProject.messages(project.build()));
        assertValid(project.site());
    }

    private static void assertValid(Path site) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> pages = SiteTree.htmlPages(site);
        assertTrue(pages.size() > 3, "pages: " + pages);
        List<String> errors = new ArrayList<>();
        int warnings = 0;
        for (String page : pages) {
            String report = validator.validate(site.resolve(page));
            for (var message : Json.createReader(new StringReader(report)).readObject().getJsonArray("messages")
                    .getValuesAs(JsonObject.class)) {
                String where = page + ":" + message.getInt("lastLine", 0) + ":" + message.getInt("firstColumn",
                        message.getInt("lastColumn", 0));
                String text = where + ": " + message.getString("message", "");
                if (message.getString("type").equals("info")) {
                    warnings++;
                } else {
                    errors.add(text + " [" + message.getString("extract", "").strip() + "]");
                }
            }
        }
        System.out.println("Nu Html Checker: " + pages.size() + " pages of " + site + ", " + errors.size()
                + " errors, " + warnings + " warnings and notes");
        assertEquals(List.of(), errors, "the Nu Html Checker found errors");
    }
}
