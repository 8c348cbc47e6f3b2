package io.github.coursenotes.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Watches folders recursively with the JDK {@link WatchService}: new, changed, deleted and renamed
 * files and folders are reported, and new folders are watched as they appear. A root that does not
 * exist yet (a content-only project adding {@code templates/} later) is awaited in its parent folder,
 * where nothing else is reported: the parent usually holds {@code site/}, which every build replaces.
 * Hidden files and editor backups ({@code .name}, {@code name~}) are ignored, as the build ignores
 * hidden files.
 */
final class SourceWatcher implements AutoCloseable {

    private final WatchService service;
    private final List<Path> roots;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Map<WatchKey, Path> awaitedIn = new ConcurrentHashMap<>();
    private final Consumer<List<Path>> onChange;
    private final Thread thread;

    private SourceWatcher(WatchService service, List<Path> roots, Consumer<List<Path>> onChange) {
        this.service = service;
        this.roots = roots;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "coursenotes-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code roots} (missing ones as soon as they appear); {@code onChange} runs on the watcher's thread. */
    static SourceWatcher start(List<Path> roots, Consumer<List<Path>> onChange) throws IOException {
        List<Path> absolute = roots.stream().filter(Objects::nonNull)
                .map(root -> root.toAbsolutePath().normalize()).toList();
        SourceWatcher watcher = new SourceWatcher(FileSystems.getDefault().newWatchService(), absolute, onChange);
        for (Path root : absolute) {
            if (Files.isDirectory(root)) {
                watcher.registerTree(root);
            }
        }
        for (Path root : absolute) {
            if (!Files.isDirectory(root)) {
                watcher.awaitRoot(root);
            }
        }
        watcher.thread.start();
        return watcher;
    }

    @Override
    public void close() throws IOException {
        service.close();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (ClosedWatchServiceException | InterruptedException stopped) {
                return;
            }
            Path folder = folders.get(key);
            List<Path> changed = folder != null ? changes(key, folder) : appearedRoots(key);
            if (!key.reset()) {
                forget(key); // the folder was deleted or moved away
            }
            if (!changed.isEmpty()) {
                onChange.accept(changed);
            }
        }
    }

    private List<Path> changes(WatchKey key, Path folder) {
        List<Path> changed = new ArrayList<>();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.add(folder); // events were lost: rebuild anyway
                continue;
            }
            Path child = folder.resolve((Path) event.context());
            if (ignored(child)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                registerQuietly(child); // a new or renamed folder, maybe already holding files
            }
            changed.add(child);
        }
        return changed;
    }

    /** Events in the parent of a missing root: only that root appearing counts. */
    private List<Path> appearedRoots(WatchKey key) {
        Path parent = awaitedIn.get(key);
        List<Path> appeared = new ArrayList<>();
        for (WatchEvent<?> event : key.pollEvents()) {
            Path child = parent == null || event.kind() == OVERFLOW ? null : parent.resolve((Path) event.context());
            if (child != null && roots.contains(child) && Files.isDirectory(child) && !folders.containsValue(child)) {
                registerQuietly(child);
                appeared.add(child);
            }
        }
        return appeared;
    }

    private void forget(WatchKey key) {
        Path folder = folders.remove(key);
        awaitedIn.remove(key);
        if (folder != null && roots.contains(folder)) {
            try {
                awaitRoot(folder); // deleted: watch for it to come back
            } catch (IOException gone) {
                // Its parent is gone too: nothing left to watch for this root.
            }
        }
    }

    private void awaitRoot(Path root) throws IOException {
        Path parent = root.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        WatchKey key = parent.register(service, ENTRY_CREATE);
        if (!folders.containsKey(key)) {
            awaitedIn.put(key, parent);
        }
    }

    private static boolean ignored(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~");
    }

    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException | UncheckedIOException e) {
            // It vanished again before it could be watched (an editor's temporary folder): nothing to watch.
        }
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && ignored(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
