package nl.waardevol.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * How much of an archive (.docx, .odt, .qdpx) waardevol reads, so that a small file cannot fill
 * memory or the stack: a zip bomb, or XML nested a hundred thousand deep, is refused with a message
 * instead.
 */
public final class Limits {
  /** The most bytes one part of an archive may unpack to. */
  public static final long MAX_PART = 256L * 1024 * 1024;

  /** The deepest XML element nesting read; real documents stay far below it. */
  public static final int MAX_DEPTH = 200;

  /**
   * The most characters of text read from a Word or OpenDocument file: some 2.5 million words, far
   * beyond a transcript, and little enough memory for the text to be segmented and coded.
   */
  public static final int MAX_TEXT = 16 * 1024 * 1024;

  private Limits() {}

  /** A part that unpacks to more than {@link #MAX_PART} bytes. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String part) {
      super("its part " + part + " unpacks to more than " + MAX_PART / (1024 * 1024) + " MB");
    }
  }

  /**
   * The entry's bytes, failing with {@link TooLarge} once more than {@link #MAX_PART} are read, or
   * at once when the archive says the entry is larger.
   */
  public static InputStream part(ZipFile zip, ZipEntry entry) throws IOException {
    if (entry.getSize() > MAX_PART) {
      throw new TooLarge(entry.getName());
    }
    return new Bounded(zip.getInputStream(entry), entry.getName());
  }

  /** Fails once more than MAX_PART bytes have been read, whatever the archive claims. */
  private static final class Bounded extends FilterInputStream {
    private final String name;
    private long count;

    Bounded(InputStream in, String name) {
      super(in);
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      count += n;
      if (count > MAX_PART) {
        throw new TooLarge(name);
      }
    }
  }

  /**
   * The message for a run out of memory or stack on one input: what happened and what to do, in one
   * sentence that names the file.
   */
  public static InputProblem exhausted(String source, VirtualMachineError error) {
    if (error instanceof StackOverflowError) {
      return new InputProblem(
          source,
          0,
          "is nested too deeply to be read (the stack overflowed); save it again from the program that made it");
    }
    return new InputProblem(
        source,
        0,
        "did not fit in the memory Java was given; give it more (for example"
            + " WAARDEVOL_JAVA_OPTS=-Xmx4g), or split the file");
  }
}
