package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.coursenotes.content.Asset;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSizesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSizeOfPngGifAndJpeg() throws Exception {
        for (String format : List.of("png", "gif", "jpg")) {
            Path file = dir.resolve("image." + format);
            ImageIO.write(new BufferedImage(37, 21, BufferedImage.TYPE_INT_RGB), format.equals("jpg") ? "jpeg" : format,
                    file.toFile());
            assertEquals(Optional.of(new ImageSize(37, 21)), ImageSizes.read(file), format);
        }
    }

    @Test
    void readsTheSizeOfAnExtendedWebp() throws Exception {
        byte[] header = new byte[30];
        System.arraycopy("RIFF".getBytes(), 0, header, 0, 4);
        System.arraycopy("WEBPVP8X".getBytes(), 0, header, 8, 8);
        header[24] = (byte) (640 - 1);
        header[25] = (byte) ((640 - 1) >> 8);
        header[27] = (byte) (480 - 1);
        header[28] = (byte) ((480 - 1) >> 8);
        Path file = Files.write(dir.resolve("photo.webp"), header);
        assertEquals(Optional.of(new ImageSize(640, 480)), ImageSizes.read(file));
    }

    @Test
    void readsAnSvgWithAnAbsoluteWidthAndHeight() throws Exception {
        Path file = Files.writeString(dir.resolve("a.svg"), """
                <?xml version="1.0"?>
                <svg xmlns="http://www.w3.org/2000/svg"
                     viewBox="0 0 720 360" width="720px" height='360'><rect/></svg>
                """);
        assertEquals(Optional.of(new ImageSize(720, 360)), ImageSizes.read(file));
    }

    @Test
    void givesNoSizeForRelativeSvgSizesUnknownFormatsAndBrokenFiles() throws Exception {
        Path relative = Files.writeString(dir.resolve("r.svg"), "<svg viewBox=\"0 0 10 5\" width=\"100%\"></svg>");
        Path viewBoxOnly = Files.writeString(dir.resolve("v.svg"), "<svg viewBox=\"0 0 10 5\"></svg>");
        Path text = Files.writeString(dir.resolve("notes.txt"), "not an image");
        Path truncated = Files.write(dir.resolve("cut.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        for (Path file : List.of(relative, viewBoxOnly, text, truncated)) {
            assertEquals(Optional.empty(), ImageSizes.read(file), file.getFileName().toString());
        }
    }

    @Test
    void findsSizesByOutputPathIgnoringAFragment() throws Exception {
        Path file = Files.writeString(dir.resolve("d.svg"), "<svg width=\"8\" height=\"4\"></svg>");
        ImageSizes sizes = ImageSizes.of(List.of(new Asset(file, "01-a/d.svg", "a/d.svg")));
        assertEquals(Optional.of(new ImageSize(8, 4)), sizes.get("a/d.svg#part"));
        assertEquals(Optional.empty(), sizes.get("a/other.svg"));
    }
}
