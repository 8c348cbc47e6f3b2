package io.github.coursenotes;

import static io.github.coursenotes.TestProject.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's {@code templates/}: missing or empty falls back to the built-in theme; a broken
 * template is reported as {@code templates/x.ftlh:line:column} and the previous site is kept.
 */
class BadTemplatesTest {

    @TempDir
    Path folder;

    private TestProject project;
    private SortedMap<String, String> previousSite;

    @BeforeEach
    void buildAGoodSiteFirst() {
        project = TestProject.minimal(folder);
        assertEquals(List.of(), messages(project.build()));
        previousSite = SiteTree.snapshot(project.site());
    }

    @Test
    void missingTemplatesFolderFallsBackToTheBuiltInTheme() {
        assertFalse(Files.exists(project.path("templates")));
        BuildResult result = project.build();
        assertEquals(List.of(), messages(result));
        assertTrue(SiteTree.read(project.site(), "basics/first.html").contains("<h1 id=\"first-note\">First note</h1>"));
        assertTrue(Files.exists(project.site().resolve("assets/style.css")));
    }

    @Test
    void emptyTemplatesFolderFallsBackToTheBuiltInTheme() throws Exception {
        Files.createDirectories(project.path("templates/assets"));
        BuildResult result = project.build();
        assertEquals(List.of(), messages(result));
        assertEquals(previousSite, SiteTree.snapshot(project.site()), "an empty theme changes nothing");
    }

    @Test
    void templateSyntaxErrorIsReportedWithTemplateLineAndColumn() {
        project.write("templates/note.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.shell title=page.title>
                <#if page.title>
                ${page.content?no_esc}
                </@layout.shell>
                """);
        assertRejected("templates/note.ftlh:5:1: template syntax error: Encountered \"</@layout.shell>\", but "
                + "at this place only this can be closed: \"#if\". This usually because of wrong nesting of "
                + "FreeMarker directives, like a missed or malformed end-tag somewhere. (Note that FreeMarker "
                + "end-tags must have # or @ after the / character.)");
    }

    @Test
    void undefinedVariableIsReportedWithTemplateLineAndColumn() {
        project.write("templates/note.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.shell title=page.title>
                <p>By ${page.author}</p>
                ${page.content?no_esc}
                </@layout.shell>
                """);
        assertRejected("templates/note.ftlh:3:9: template error: 'page.author' is undefined or null "
                + "(write 'page.author!' for an empty default, or test it with '??')");
    }

    @Test
    void errorInsideAnOverriddenLayoutNamesTheLayout() {
        project.write("templates/layout.ftlh", """
                <#macro shell title description="" bodyClass="">
                <!DOCTYPE html><html lang="en"><head><title>${title}</title></head>
                <body>${site.missing.title}<#nested></body></html>
                </#macro>
                <#macro breadcrumbs></#macro><#macro pageTitle></#macro><#macro progress></#macro>
                <#macro toc></#macro><#macro editLink></#macro><#macro pager></#macro>
                """);
        assertRejected("templates/layout.ftlh:3:9: template error: 'site.missing' is undefined or null "
                + "(write 'site.missing!' for an empty default, or test it with '??')");
    }

    @Test
    void overriddenTemplateIsUsed() {
        project.write("templates/note.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.shell title=page.title>
                <p class="custom">custom note template</p>
                ${page.content?no_esc}
                </@layout.shell>
                """);
        assertEquals(List.of(), messages(project.build()));
        assertTrue(SiteTree.read(project.site(), "basics/first.html").contains("custom note template"));
    }

    private void assertRejected(String... expected) {
        BuildResult result = project.build();
        assertEquals(List.of(expected), messages(result));
        assertFalse(result.written());
        assertEquals(previousSite, SiteTree.snapshot(project.site()), "the previous site changed");
    }
}
