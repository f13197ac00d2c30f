package tdlab.preset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that an interrupted write never destroys the previous version: the bytes go to a
 * temporary file in the same folder, which is forced to disk and then renamed over the target in one
 * atomic step. A failure at any point leaves the old file as it was and removes the temporary one.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Produces the file's content into a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the file's content to a path, for writers (image and video encoders) that want a file. */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path file) throws IOException;
    }

    public static void write(Path file, String text) throws IOException {
        write(file, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    public static void write(Path file, Content content) throws IOException {
        writeVia(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
        });
    }

    /** The content is written to a temporary sibling, forced to disk, then renamed over {@code file}. */
    public static void writeVia(Path file, FileContent content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // a plain new file (umask permissions, unlike createTempFile's owner-only ones) with a unique name
        Path tmp = Files.createFile(dir.resolve("." + file.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp"));
        try {
            content.writeTo(tmp);
            try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
