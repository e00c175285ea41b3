package nl.waardevol.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** The first bytes of a file that a pass needs, without reading the rest. */
final class FileHead {
  /** Front matter and header lines are short; a file whose head is longer is read whole. */
  private static final int LIMIT = 1 << 16;

  private FileHead() {}

  /**
   * The bytes of a plain-text file up to the end of its front matter (nothing when it has none), or
   * empty when that cannot be told from the head alone: a UTF-16 file, or front matter that does
   * not close within the first {@value #LIMIT} bytes.
   */
  static Optional<byte[]> frontMatter(Path path) throws IOException {
    byte[] head = read(path);
    if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFE)) {
      return Optional.empty();
    }
    int start =
        head.length >= 3
                && (head[0] & 0xFF) == 0xEF
                && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    int lineEnd = lineEnd(head, start);
    if (lineEnd < 0 || !line(head, start, lineEnd).strip().equals("---")) {
      return Optional.of(new byte[0]);
    }
    for (int from = lineEnd + 1; from < head.length; ) {
      int end = lineEnd(head, from);
      if (end < 0) {
        break;
      }
      String line = line(head, from, end).strip();
      if (line.equals("---") || line.equals("...")) {
        return Optional.of(Arrays.copyOf(head, end + 1));
      }
      from = end + 1;
    }
    return Optional.empty();
  }

  /** The file's first line (or its first {@value #LIMIT} bytes). */
  static byte[] firstLine(Path path) throws IOException {
    byte[] head = read(path);
    int end = lineEnd(head, 0);
    return end < 0 ? head : Arrays.copyOf(head, end + 1);
  }

  private static byte[] read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(LIMIT);
    }
  }

  /**
   * The index of the line feed (or lone carriage return) that ends the line at {@code from}, or -1.
   */
  private static int lineEnd(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
      if (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
        return i + 1 < bytes.length ? i : -1;
      }
    }
    return -1;
  }

  /** A line's bytes as ISO-8859-1, which is enough to compare it with {@code ---}. */
  private static String line(byte[] bytes, int from, int to) {
    return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
