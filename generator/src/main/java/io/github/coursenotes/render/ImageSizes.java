package io.github.coursenotes.render;

import io.github.coursenotes.content.Asset;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sizes of the course's images (PNG, GIF, JPEG, WebP and SVG with an absolute width and
 * height), read from their headers. With {@code width} and {@code height} on an {@code <img>} the
 * browser reserves the image's space before it loads, so the text below does not jump.
 */
public final class ImageSizes {

    private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern LENGTH = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(px)?\\s*");
    private static final Pattern WIDTH = attributePattern("width");
    private static final Pattern HEIGHT = attributePattern("height");
    private static final int SVG_HEAD = 8192;

    private final Map<String, ImageSize> byOutputPath;

    private ImageSizes(Map<String, ImageSize> byOutputPath) {
        this.byOutputPath = Map.copyOf(byOutputPath);
    }

    public static ImageSizes none() {
        return new ImageSizes(Map.of());
    }

    /** Reads the size of every image among {@code assets}; files of unknown or broken formats are left out. */
    public static ImageSizes of(List<Asset> assets) {
        Map<String, ImageSize> sizes = new ConcurrentHashMap<>();
        assets.parallelStream().forEach(asset -> read(asset.source())
                .ifPresent(size -> sizes.put(asset.outputPath(), size)));
        return new ImageSizes(sizes);
    }

    /** The size of the image written at {@code outputPath} (site-root relative, a {@code #fragment} ignored). */
    public Optional<ImageSize> get(String outputPath) {
        int hash = outputPath.indexOf('#');
        return Optional.ofNullable(byOutputPath.get(hash < 0 ? outputPath : outputPath.substring(0, hash)));
    }

    /** The size of one image file, or empty for other files, unreadable ones and SVG without absolute size. */
    public static Optional<ImageSize> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".svg")) {
                return svg(file);
            }
            if (name.endsWith(".png") || name.endsWith(".gif") || name.endsWith(".jpg") || name.endsWith(".jpeg")
                    || name.endsWith(".webp")) {
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                    return bitmap(in);
                }
            }
        } catch (IOException broken) {
            // a broken image gets no size: the page still works, it may only shift while loading
        }
        return Optional.empty();
    }

    private static Optional<ImageSize> bitmap(DataInputStream in) throws IOException {
        byte[] head = in.readNBytes(30);
        if (head.length >= 24 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return size(bigEndian(head, 16), bigEndian(head, 20));
        }
        if (head.length >= 10 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F') {
            return size(littleEndian16(head, 6), littleEndian16(head, 8));
        }
        if (head.length >= 30 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
            return webp(head);
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8) {
            return jpeg(head, in);
        }
        return Optional.empty();
    }

    private static Optional<ImageSize> webp(byte[] head) {
        return switch (ascii(head, 12, 4)) {
            case "VP8X" -> size(1 + littleEndian24(head, 24), 1 + littleEndian24(head, 27));
            case "VP8 " -> size(littleEndian16(head, 26) & 0x3FFF, littleEndian16(head, 28) & 0x3FFF);
            case "VP8L" -> {
                int bits = littleEndian24(head, 21) | (head[24] & 0xFF) << 24;
                yield size(1 + (bits & 0x3FFF), 1 + (bits >>> 14 & 0x3FFF));
            }
            default -> Optional.empty();
        };
    }

    /** Walks the JPEG segments up to the first start-of-frame, which holds the size. */
    private static Optional<ImageSize> jpeg(byte[] head, DataInputStream rest) throws IOException {
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(head, 2, head.length - 2), rest);
        DataInputStream data = new DataInputStream(in);
        while (true) {
            int marker = data.readUnsignedByte();
            if (marker != 0xFF) {
                return Optional.empty();
            }
            int type = data.readUnsignedByte();
            while (type == 0xFF) {
                type = data.readUnsignedByte();
            }
            if (type == 0xD8 || type >= 0xD0 && type <= 0xD7 || type == 0x01) {
                continue;
            }
            int length = data.readUnsignedShort();
            boolean frame = type >= 0xC0 && type <= 0xCF && type != 0xC4 && type != 0xC8 && type != 0xCC;
            if (frame) {
                data.readUnsignedByte(); // sample precision
                int height = data.readUnsignedShort();
                int width = data.readUnsignedShort();
                return size(width, height);
            }
            data.skipNBytes(length - 2);
        }
    }

    private static Optional<ImageSize> svg(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SVG_HEAD);
        }
        Matcher tag = SVG_TAG.matcher(new String(head, StandardCharsets.UTF_8));
        if (!tag.find()) {
            return Optional.empty();
        }
        Optional<Double> width = length(attribute(tag.group(), WIDTH));
        Optional<Double> height = length(attribute(tag.group(), HEIGHT));
        if (width.isPresent() && height.isPresent()) {
            return size((int) Math.round(width.get()), (int) Math.round(height.get()));
        }
        return Optional.empty();
    }

    private static Pattern attributePattern(String name) {
        return Pattern.compile("\\s" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    }

    private static Optional<String> attribute(String tag, Pattern pattern) {
        Matcher value = pattern.matcher(tag);
        if (!value.find()) {
            return Optional.empty();
        }
        return Optional.of(value.group(2) != null ? value.group(2) : value.group(3));
    }

    /** A length in pixels ({@code 720} or {@code 720px}); relative units and percentages give none. */
    private static Optional<Double> length(Optional<String> value) {
        return value.map(LENGTH::matcher).filter(Matcher::matches).map(m -> Double.parseDouble(m.group(1)));
    }

    private static Optional<ImageSize> size(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
    }

    private static int bigEndian(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static int littleEndian16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int littleEndian24(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }

    private static String ascii(byte[] b, int at, int length) {
        return new String(b, at, length, StandardCharsets.US_ASCII);
    }
}
