package io.github.coursenotes.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.coursenotes.BuildConfig;
import java.io.File;
import org.junit.jupiter.api.Test;

class CoursenotesParametersTest {

    @Test
    void theCustomDomainReachesTheConfigAndGivesTheSiteUrlWhenThereIsNone() {
        BuildConfig config = parameters(null, "docs.example.org").toConfig(false);
        assertEquals("docs.example.org", config.cname());
        assertEquals("https://docs.example.org/", config.siteUrl());
    }

    @Test
    void anExplicitSiteUrlWinsOverTheCustomDomain() {
        BuildConfig config = parameters("https://user.github.io/repo", "docs.example.org").toConfig(false);
        assertEquals("https://user.github.io/repo/", config.siteUrl());
    }

    @Test
    void theReplacedSiteIsKeptInMavensBuildFolder() {
        assertEquals(new File("project/target/coursenotes/previous-site").toPath(),
                parameters(null, null).toConfig(false).spareDirectory());
    }

    @Test
    void noCustomDomainByDefault() {
        assertNull(parameters("https://user.github.io/repo/", null).toConfig(false).cname());
    }

    private static CoursenotesParameters parameters(String siteUrl, String cname) {
        File base = new File("project");
        return new CoursenotesParameters(base, new File(base, "content"), new File(base, "templates"), new File(base, "site"),
                siteUrl, "Title", null, null, null, false, false, true, cname, new File(base, "target"));
    }
}
