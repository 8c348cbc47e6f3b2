package io.github.coursenotes.content;

import io.github.coursenotes.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Walks {@code content/} and builds the {@link Course}: folders are chapters, {@code .md} files are
 * pages, {@code index.md} or {@code README.md} is a chapter's introduction, everything else is an asset.
 */
public final class ContentLoader {

    /** Weight or number prefix, then version-like numbers ({@code 3.2} before {@code 3.10}), then the slug. */
    private static final Comparator<CourseNode> COURSE_ORDER = Comparator.comparingInt(CourseNode::order)
            .thenComparing((CourseNode node) -> Names.versionOrder(fileName(node)), Names::compareVersions)
            .thenComparing(CourseNode::slug);

    private final Path contentDirectory;
    private final String labelPrefix;
    private final boolean includeDrafts;
    private final Diagnostics diagnostics;
    private final List<Asset> assets = new ArrayList<>();
    private final OutputOwners owners = new OutputOwners();
    private final Set<String> folders = new HashSet<>();
    private final Map<String, String> skipped = new HashMap<>();
    /** Notes of the folder being loaded, read ahead in parallel by {@link #readAhead}. */
    private final Map<Path, Optional<SourceFile>> readAhead = new ConcurrentHashMap<>();

    private ContentLoader(Path contentDirectory, String labelPrefix, boolean includeDrafts,
                          Diagnostics diagnostics) {
        this.contentDirectory = contentDirectory;
        this.labelPrefix = labelPrefix;
        this.includeDrafts = includeDrafts;
        this.diagnostics = diagnostics;
    }

    /**
     * Loads the course under {@code contentDirectory}. A note or file whose path in the site is one
     * of {@code generated}, lies inside one, or is the folder of one, is reported and left out: every
     * path of the site has one owner.
     *
     * @param labelPrefix how diagnostics name the folder, e.g. {@code content/}
     * @param generated   the paths of the files the build generates (e.g. {@code deck.js}, {@code assets/style.css})
     */
    public static Course load(Path contentDirectory, String labelPrefix, boolean includeDrafts, Set<String> generated,
                              Diagnostics diagnostics) {
        ContentLoader loader = new ContentLoader(contentDirectory, labelPrefix, includeDrafts, diagnostics);
        generated.stream().sorted().forEach(loader.owners::claimGenerated);
        if (!Files.isDirectory(contentDirectory)) {
            String label = labelPrefix.endsWith("/") ? labelPrefix.substring(0, labelPrefix.length() - 1) : labelPrefix;
            diagnostics.error(label.isEmpty() ? "content" : label, 0, 0,
                    "content folder does not exist: " + contentDirectory);
            Page home = generatedIntro("", labelPrefix, "", "Course", Page.Kind.HOME);
            return new Course(new Chapter("", home.title(), null, 0, "", home, List.of()), List.of());
        }
        Chapter root = loader.loadChapter(contentDirectory, "", "", true).orElseThrow();
        loader.assets.sort(Comparator.comparing(Asset::outputPath));
        loader.folders.remove(""); // the content folder itself is no folder a link can name
        return new Course(root, loader.assets, loader.folders, loader.skipped);
    }

    /**
     * Reads one page of a loaded course again, as {@link #load} would (title, summary, order, body),
     * for an incremental build after an edit of the note. Empty when it cannot be read or is now a
     * draft left out; problems go to {@code diagnostics} under the page's label.
     */
    public static Optional<Page> reload(Path contentDirectory, Page page, boolean includeDrafts,
                                        Diagnostics diagnostics) {
        String prefix = page.label().substring(0, page.label().length() - page.sourcePath().length());
        ContentLoader loader = new ContentLoader(contentDirectory, prefix, includeDrafts, diagnostics);
        Path file = contentDirectory.resolve(page.sourcePath());
        String outputDir = page.outputPath().substring(0, page.outputPath().length() - (page.slug() + ".html").length());
        return loader.loadPage(file, page.sourcePath(), outputDir, page.kind(), file.getParent());
    }

    /**
     * The chapter of {@code folder}, or empty for a folder without any note (e.g. {@code images/}):
     * its files are still copied, but it gets no page and no place in the navigation.
     */
    private Optional<Chapter> loadChapter(Path folder, String sourcePath, String outputDir, boolean isRoot) {
        List<CourseNode> children = new ArrayList<>();
        Page intro = null;
        List<Path> entries = sortedEntries(folder);
        readAhead(entries, sourcePath);
        folders.add(sourcePath);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            boolean isFolder = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
            String childSource = sourcePath + name;
            if (name.startsWith(".")) {
                skipHidden(childSource, isFolder);
                continue;
            }
            if (Files.isSymbolicLink(entry) && !isReadableFileLink(entry, childSource)) {
                continue;
            }
            if (isFolder) {
                loadChapter(entry, childSource + "/", outputDir + Names.slug(name) + "/", false)
                        .ifPresent(children::add);
            } else if (name.endsWith(".md")) {
                Page.Kind kind = Names.isIntro(name) ? (isRoot ? Page.Kind.HOME : Page.Kind.CHAPTER)
                        : Page.Kind.NOTE;
                if (kind != Page.Kind.NOTE && intro != null) {
                    reportSecondIntro(entry, childSource, intro);
                    continue;
                }
                Optional<Page> page = loadPage(entry, childSource, outputDir, kind, folder);
                if (page.isEmpty()) {
                    continue;
                }
                if (kind == Page.Kind.NOTE) {
                    children.add(page.get());
                } else {
                    intro = page.get();
                }
            } else {
                String output = outputDir + name;
                if (claim(output, childSource)) {
                    assets.add(new Asset(entry, childSource, output));
                }
            }
        }
        children.sort(COURSE_ORDER);
        String folderName = isRoot ? "" : folder.getFileName().toString();
        if (intro == null && children.isEmpty() && !isRoot) {
            return Optional.empty();
        }
        if (intro == null) {
            String title = isRoot ? "Course" : Names.title(folderName);
            intro = generatedIntro(sourcePath, labelPrefix + sourcePath, outputDir, title,
                    isRoot ? Page.Kind.HOME : Page.Kind.CHAPTER);
            claim(intro.outputPath(), sourcePath);
        }
        int order = intro.sourcePath().endsWith(".md") && intro.order() != Integer.MAX_VALUE
                ? intro.order() : Names.orderPrefix(folderName);
        return Optional.of(new Chapter(sourcePath, intro.title(), intro.summary(), order,
                isRoot ? "" : Names.slug(folderName), intro, children));
    }

    /** Records a file or folder whose name starts with {@code .}: left out, and a link into it says so. */
    private void skipHidden(String sourcePath, boolean isFolder) {
        skipped.put(sourcePath + (isFolder ? "/" : ""), "names starting with '.' are left out of the site");
    }

    /** A folder with both {@code index.md} and {@code README.md}: the second is reported, naming both, and not read. */
    private void reportSecondIntro(Path entry, String sourcePath, Page intro) {
        readAhead.remove(entry);
        diagnostics.error(labelPrefix + sourcePath, 1, 1, "both '" + intro.label() + "' and '" + labelPrefix + sourcePath
                + "' would be this folder's introduction (its page " + intro.outputPath() + "); merge them into one,"
                + " or rename one to make it a note");
    }

    private Optional<Page> loadPage(Path file, String sourcePath, String outputDir, Page.Kind kind, Path folder) {
        String label = labelPrefix + sourcePath;
        Optional<SourceFile> read = readAhead.containsKey(file) ? readAhead.remove(file) : readNote(file, label);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        SourceFile source = read.get();
        FrontMatter frontMatter = source.frontMatter();
        if (frontMatter.draft() && !includeDrafts) {
            skipped.put(sourcePath, "it is a draft (draft: true), left out of the build");
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        String slug = kind == Page.Kind.NOTE ? Names.slug(name) : "index";
        String output = outputDir + slug + ".html";
        if (!claim(output, sourcePath)) {
            return Optional.empty();
        }
        String title = Optional.ofNullable(frontMatter.title())
                .or(() -> FirstHeading.find(source.body()))
                .orElseGet(() -> kind == Page.Kind.NOTE ? Names.title(name) : folderTitle(kind, folder));
        int order = frontMatter.weight() != null ? frontMatter.weight()
                : kind == Page.Kind.NOTE ? Names.orderPrefix(name) : Integer.MAX_VALUE;
        return Optional.of(new Page(sourcePath, label, output, kind, title, frontMatter.summary(), order, slug,
                source.body(), source.bodyLine()));
    }

    /**
     * Reads and splits the notes of one folder in parallel: reading and YAML are most of the
     * loading time. Symbolic links are read later, after their checks. The course tree is still
     * built in file order, so the result does not depend on the threads.
     */
    private void readAhead(List<Path> entries, String sourcePath) {
        entries.parallelStream()
                .filter(entry -> entry.getFileName().toString().endsWith(".md")
                        && !entry.getFileName().toString().startsWith(".")
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS))
                .forEach(entry -> readAhead.put(entry, readNote(entry, labelPrefix + sourcePath + entry.getFileName())));
    }

    private Optional<SourceFile> readNote(Path file, String label) {
        return SourceReader.read(file, label, diagnostics).map(text -> FrontMatterParser.parse(text, label, diagnostics));
    }

    /** Records that {@code sourcePath} writes {@code output}; reports a path another file or folder already takes. */
    private boolean claim(String output, String sourcePath) {
        Optional<String> clash = owners.claim(output, labelPrefix + sourcePath);
        clash.ifPresent(problem -> diagnostics.error(labelPrefix + sourcePath, 1, 1, problem + "; rename one of them"));
        return clash.isEmpty();
    }

    private boolean isReadableFileLink(Path link, String sourcePath) {
        try {
            Path target = link.toRealPath();
            if (Files.isDirectory(target)) {
                diagnostics.warning(labelPrefix + sourcePath, 0, 0,
                        "symbolic link to a folder is not followed (it could form a loop)");
                skipped.put(sourcePath + "/", "it is a symbolic link to a folder, which is not followed");
                return false;
            }
            return true;
        } catch (IOException e) {
            diagnostics.error(labelPrefix + sourcePath, 0, 0, "broken or looping symbolic link");
            return false;
        }
    }

    private List<Path> sortedEntries(Path folder) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            diagnostics.error(labelPrefix + contentDirectory.relativize(folder), 0, 0,
                    "cannot list folder: " + e.getMessage());
        }
        // index.md, then README.md first: the chapter's own page claims its URL before a note that would clash with it
        entries.sort(Comparator.comparing((Path path) -> !path.getFileName().toString().equals("index.md"))
                .thenComparing(path -> !Names.isIntro(path.getFileName().toString()))
                .thenComparing(path -> path.getFileName().toString()));
        return entries;
    }

    private static Page generatedIntro(String sourcePath, String label, String outputDir, String title,
                                       Page.Kind kind) {
        return new Page(sourcePath, label, outputDir + "index.html", kind, title, null, Integer.MAX_VALUE,
                "index", "", 1);
    }

    /** The file or folder name of a course entry: the last segment of its source path. */
    private static String fileName(CourseNode node) {
        String source = node instanceof Page page ? page.sourcePath() : ((Chapter) node).sourcePath();
        String trimmed = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The same title a chapter without {@code index.md} gets: from the folder's name, not its slug. */
    private static String folderTitle(Page.Kind kind, Path folder) {
        return kind == Page.Kind.HOME ? "Course" : Names.title(folder.getFileName().toString());
    }
}
