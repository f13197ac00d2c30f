package tdlab.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Rational;
import tdlab.preset.AtomicFiles;
import tdlab.render.frame.FrameComposer;
import tdlab.sim.Frame;

/**
 * Writes a range of recorded frames as an animated GIF (the JDK's ImageIO writer, looping, no
 * dependency) or an H.264 MP4 (jcodec, pure Java). Frames are drawn offscreen by {@link FrameComposer}
 * from the recorded frames, so the same run gives the same file. The file appears only when complete: it
 * is written to a temporary file and renamed; a cancel or a failure removes the temporary file.
 */
public final class AnimationExporter {
    public enum Format {
        GIF, MP4
    }

    /** Thrown when the user cancels an export; nothing was written. */
    /** An interrupted write: the old file, if any, is kept and no new one appears. */
    public static final class Cancelled extends java.io.InterruptedIOException {
        public Cancelled() {
            super("export cancelled");
        }
    }

    private AnimationExporter() {
    }

    /**
     * Exports frames[from..to] (indices into the recorded timeline). {@code progress} gets the number of
     * frames written; setting {@code cancel} stops after the current frame.
     */
    public static void export(FrameComposer composer, List<Frame> frames, int from, int to, int fps, Format format,
                              Path file, IntConsumer progress, AtomicBoolean cancel) throws IOException, Cancelled {
        if (from < 0 || to >= frames.size() || from > to) {
            throw new IllegalArgumentException("frame range " + from + ".." + to + " outside the " + frames.size()
                    + " recorded frames");
        }
        export(k -> composer.compose(frames, from + k), to - from + 1, fps, format, file, progress, cancel);
    }

    /**
     * Exports {@code count} pictures, picture(0) first: any sequence of frames drawn offscreen (a comparison's runs
     * side by side, {@link tdlab.render.frame.SideBySide}). The same pictures give the same file.
     */
    public static void export(IntFunction<BufferedImage> picture, int count, int fps, Format format, Path file,
                              IntConsumer progress, AtomicBoolean cancel) throws IOException, Cancelled {
        if (count < 1) {
            throw new IllegalArgumentException("nothing to export: " + count + " pictures");
        }
        if (fps < 1 || fps > 60) {
            throw new IllegalArgumentException("fps must be in [1, 60], got " + fps);
        }
        AtomicFiles.writeVia(file, tmp -> {
            if (format == Format.GIF) {
                gif(picture, count, fps, tmp, progress, cancel);
            } else {
                mp4(picture, count, fps, tmp, progress, cancel);
            }
        });
    }

    private static void gif(IntFunction<BufferedImage> picture, int count, int fps, Path file, IntConsumer progress,
                            AtomicBoolean cancel) throws IOException, Cancelled {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int k = 0; k < count; k++) {
                if (cancel.get()) {
                    throw new Cancelled();
                }
                BufferedImage img = picture.apply(k);
                writer.writeToSequence(new IIOImage(img, null, gifMetadata(writer, img, fps, k == 0)), null);
                progress.accept(k + 1);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** Frame delay in 1/100 s, no disposal; the NETSCAPE2.0 loop block on the first frame. */
    private static IIOMetadata gifMetadata(ImageWriter writer, BufferedImage img, int fps, boolean first)
            throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(Math.max(1, Math.round(100f / fps))));
        gce.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {0x1, 0, 0}); // loop forever
            apps.appendChild(app);
        }
        meta.setFromTree(format, root);
        return meta;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    private static void mp4(IntFunction<BufferedImage> picture, int count, int fps, Path file, IntConsumer progress,
                            AtomicBoolean cancel) throws IOException, Cancelled {
        try (SeekableByteChannel ch = NIOUtils.writableChannel(file.toFile())) {
            AWTSequenceEncoder enc = new AWTSequenceEncoder(ch, Rational.R(fps, 1));
            for (int k = 0; k < count; k++) {
                if (cancel.get()) {
                    throw new Cancelled();
                }
                BufferedImage img = picture.apply(k);
                if (img.getWidth() % 2 != 0 || img.getHeight() % 2 != 0) {
                    throw new IllegalArgumentException("MP4 frames need even width and height, got " + img.getWidth()
                            + "×" + img.getHeight());
                }
                enc.encodeImage(img);
                progress.accept(k + 1);
            }
            enc.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        clearTimestamps(file);
    }

    /**
     * jcodec stamps the wall-clock time into the movie, track and media headers; setting those fields to 0
     * (1904-01-01, "unknown") makes two exports of the same frames byte-identical.
     */
    static void clearTimestamps(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (clear(b, 0, b.length)) {
            Files.write(file, b);
        }
    }

    /** Walks the boxes in b[from, to): descends into moov, trak and mdia, zeroes the header times. */
    private static boolean clear(byte[] b, int from, int to) {
        boolean changed = false;
        int at = from;
        while (at + 8 <= to) {
            long size = read(b, at, 4);
            if (size == 1 && at + 16 <= to) { // 64-bit size follows the type (jcodec's mdat)
                size = read(b, at + 8, 8);
            }
            if (size < 8 || at + size > to) {
                break; // malformed: leave the rest alone
            }
            int end = (int) (at + size);
            if (isBox(b, at + 4, "moov") || isBox(b, at + 4, "trak") || isBox(b, at + 4, "mdia")) {
                changed |= clear(b, at + 8, end);
            } else if (isBox(b, at + 4, "mvhd") || isBox(b, at + 4, "tkhd") || isBox(b, at + 4, "mdhd")) {
                int width = b[at + 8] == 1 ? 8 : 4; // version 1 has 64-bit times
                java.util.Arrays.fill(b, at + 12, Math.min(end, at + 12 + 2 * width), (byte) 0);
                changed = true;
            }
            at = end;
        }
        return changed;
    }

    private static long read(byte[] b, int at, int bytes) {
        long v = 0;
        for (int k = 0; k < bytes; k++) {
            v = v << 8 | (b[at + k] & 0xFF);
        }
        return v;
    }

    private static boolean isBox(byte[] b, int at, String type) {
        for (int k = 0; k < 4; k++) {
            if (b[at + k] != type.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
