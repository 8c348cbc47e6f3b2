package io.github.coursenotes.maven;

import io.github.coursenotes.BuildConfig;
import java.io.File;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parameters every goal shares, as one value; maps them to the core's {@link BuildConfig}. */
record CoursenotesParameters(File baseDirectory, File contentDirectory, File templatesDirectory, File outputDirectory,
                             String siteUrl, String title, String description, String editUrl, String scmUrl,
                             boolean drafts, boolean failOnWarnings, boolean rawHtml, String cname,
                             File buildDirectory) {

    private static final Pattern GITHUB = Pattern.compile("^(?:scm:git:)?(?:https?://|git@)github\\.com[/:]([^/]+)/([^/]+?)(?:\\.git)?/?$");

    BuildConfig toConfig(boolean includeDrafts) {
        BuildConfig.Builder builder = BuildConfig.builder(baseDirectory.toPath())
                .contentDirectory(contentDirectory.toPath())
                .templatesDirectory(templatesDirectory.toPath())
                .outputDirectory(outputDirectory.toPath())
                .siteUrl(siteUrl)
                .title(title)
                .description(description)
                .drafts(includeDrafts)
                .failOnWarnings(failOnWarnings)
                .rawHtml(rawHtml)
                .cname(cname)
                .spareDirectory(buildDirectory == null ? null
                        : buildDirectory.toPath().resolve("coursenotes").resolve("previous-site"));
        BuildConfig partial = builder.build();
        return builder.editUrl(editUrl != null && !editUrl.isBlank() ? editUrl : derivedEditUrl(partial)).build();
    }

    /** {@code https://github.com/o/r} becomes {@code https://github.com/o/r/edit/main/content/}. */
    private String derivedEditUrl(BuildConfig config) {
        if (scmUrl == null) {
            return null;
        }
        Matcher matcher = GITHUB.matcher(scmUrl.strip());
        if (!matcher.matches()) {
            return null;
        }
        return "https://github.com/" + matcher.group(1) + "/" + matcher.group(2) + "/edit/main/"
                + config.label(config.contentDirectory()) + "/";
    }
}
