package io.github.coursenotes.check;

import io.github.coursenotes.content.Asset;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.markdown.ParsedPage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a link can point to in the course, by source path under {@code content/} (in NFC: macOS
 * stores names decomposed, editors type them composed): notes, folder pages, files, folders
 * without notes, and what was left out and why.
 */
final class CourseIndex {

    private final Map<String, ParsedPage> pagesBySource = new HashMap<>();
    private final Map<String, ParsedPage> pagesByOutput = new HashMap<>();
    private final Map<String, Asset> assetsBySource = new HashMap<>();
    private final Set<String> folders;
    private final Map<String, String> skipped;
    private final List<String> existing = new ArrayList<>();

    CourseIndex(Course course, List<ParsedPage> pages) {
        for (ParsedPage page : pages) {
            pagesBySource.put(nfc(page.page().sourcePath()), page);
            pagesByOutput.put(page.page().outputPath(), page);
            if (page.page().kind() != Page.Kind.NOTE) {
                pagesBySource.put(nfc(folderOf(page.page())), page);
            }
            if (page.page().sourcePath().endsWith(".md")) {
                existing.add(nfc(page.page().sourcePath()));
            }
        }
        course.assets().forEach(asset -> {
            assetsBySource.put(nfc(asset.sourcePath()), asset);
            existing.add(nfc(asset.sourcePath()));
        });
        folders = course.folders();
        skipped = course.skipped();
    }

    Asset asset(String path) {
        return assetsBySource.get(path);
    }

    /** The note {@code path} names: by its source path, its folder, or as {@code x.html} for {@code x.md}. */
    ParsedPage page(String path) {
        ParsedPage page = pagesBySource.get(path);
        if (page == null && !path.endsWith("/")) {
            page = pagesBySource.get(path + "/");
        }
        if (page == null && path.endsWith(".html")) {
            page = pagesBySource.get(path.substring(0, path.length() - ".html".length()) + ".md");
            if (page == null) {
                page = pagesByOutput.get(path);
            }
        }
        return page;
    }

    /** Whether {@code folderPath} (ending in {@code /}) is a folder of the course. */
    boolean isFolder(String folderPath) {
        return folders.contains(folderPath);
    }

    /** Why {@code path} or a folder above it was left out of the site, if it was. */
    Optional<String> skippedReason(String path) {
        String reason = skipped.get(path);
        if (reason == null) {
            reason = skipped.get(path + "/");
        }
        for (int slash = path.indexOf('/'); reason == null && slash >= 0; slash = path.indexOf('/', slash + 1)) {
            reason = skipped.get(path.substring(0, slash + 1));
        }
        return Optional.ofNullable(reason);
    }

    /** The source paths of the course's notes and files, for suggestions. */
    List<String> existing() {
        return existing;
    }

    static String nfc(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC);
    }

    /** {@code 01-lifecycle/} for any page in that folder; empty for the root. */
    static String folderOf(Page page) {
        String source = page.sourcePath();
        if (page.kind() != Page.Kind.NOTE && !source.endsWith(".md")) {
            return source;
        }
        int slash = source.lastIndexOf('/');
        return slash < 0 ? "" : source.substring(0, slash + 1);
    }
}
