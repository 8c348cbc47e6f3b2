package io.github.coursenotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.browser.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Runs the Nu Html Checker (the W3C's HTML validator, embedded) over every HTML page the build
 * writes, whatever outputs exist, and expects zero errors. Its warnings are printed, not failed.
 */
class HtmlValidityIT {

    /** One checker for the whole class: setting up its HTML schema takes a second or more. */
    private static SimpleDocumentValidator validator;
    private static final Messages current = new Messages();

    @Test
    void checkerReportsTheErrorsOfAnInvalidPage(@TempDir Path folder) throws Exception {
        Path page = folder.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>"
                + "<p id=\"a\">x</p><p id=\"a\"><a href=\"a b.html\">y</a></p></body></html>");
        assertEquals(List.of("1:91: Duplicate ID \u201ca\u201d.", "1:110: Bad value \u201ca b.html\u201d for attribute "
                + "\u201chref\u201d on element \u201ca\u201d: Bad URL: Illegal character in path segment. Space is not "
                + "allowed."), check(page).errors);
    }

    @Test
    void everyPageOfTheCourseIsValidHtml() throws Exception {
        assertValid(Browser.course());
    }

    @Test
    void everyPageOfTheFixtureCourseIsValidHtml() throws Exception {
        assertValid(Browser.fixture());
    }

    @Test
    void everyPageOfTheGitHubStyleFixtureIsValidHtmlFormulasAndCalloutsIncluded() throws Exception {
        assertValid(Browser.githubFixture());
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
        List<String> pages = SiteTree.htmlPages(site);
        assertTrue(pages.size() > 3, "pages: " + pages);
        List<String> errors = new ArrayList<>();
        int warnings = 0;
        for (String page : pages) {
            Messages messages = check(site.resolve(page));
            messages.errors.forEach(error -> errors.add(page + ":" + error));
            warnings += messages.warnings;
        }
        System.out.println("Nu Html Checker: " + pages.size() + " pages of " + site + ", " + errors.size()
                + " errors, " + warnings + " warnings and notes");
        assertEquals(List.of(), errors, "the Nu Html Checker found errors");
    }

    /** The checker's messages for one document: errors as {@code line:column: message}, and a count of the rest. */
    private static final class Messages implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        int warnings;

        @Override
        public void warning(SAXParseException warning) {
            warnings++;
        }

        @Override
        public void error(SAXParseException error) {
            errors.add(error.getLineNumber() + ":" + error.getColumnNumber() + ": " + error.getMessage());
        }

        @Override
        public void fatalError(SAXParseException error) {
            error(error);
        }
    }

    private static synchronized Messages check(Path page) throws Exception {
        if (validator == null) {
            validator = new SimpleDocumentValidator();
            validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, current);
            validator.setUpValidatorAndParsers(current, false, false);
        }
        current.errors.clear();
        current.warnings = 0;
        validator.checkHtmlFile(page.toFile(), true);
        Messages result = new Messages();
        result.errors.addAll(current.errors);
        result.warnings = current.warnings;
        return result;
    }
}
