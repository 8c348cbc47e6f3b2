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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Watches folders recursively with the JDK {@link WatchService}: new, changed, deleted and renamed
 * files and folders are reported, and new folders are watched as they appear. Hidden files and
 * editor backups ({@code .name}, {@code name~}) are ignored, as the build ignores hidden files.
 */
final class SourceWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Consumer<List<Path>> onChange;
    private final Thread thread;

    private SourceWatcher(WatchService service, Consumer<List<Path>> onChange) {
        this.service = service;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "coursenotes-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching the folders of {@code roots} that exist; {@code onChange} runs on the watcher's thread. */
    static SourceWatcher start(List<Path> roots, Consumer<List<Path>> onChange) throws IOException {
        SourceWatcher watcher = new SourceWatcher(FileSystems.getDefault().newWatchService(), onChange);
        for (Path root : roots) {
            if (root != null && Files.isDirectory(root)) {
                watcher.registerTree(root.toAbsolutePath().normalize());
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
            List<Path> changed = folder == null ? List.of() : changes(key, folder);
            if (!key.reset()) {
                folders.remove(key); // the folder was deleted or moved away
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
