package nl.waardevol.write;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a result goes: standard output, or a file written to a temporary file beside it and renamed
 * into place only when complete, so a failed run never leaves half a report or clobbers a good one.
 * A symbolic link is followed, so the file it points to is replaced and the link stays; a FIFO or
 * device (such as /dev/null) is written to directly, as it cannot be replaced. Files written into
 * an output folder ({@link #openInFolder}) never follow a link found there.
 *
 * <p>A temporary file holds raw text, so none is left behind: a shutdown hook removes them on
 * SIGTERM or Ctrl-C, and one left by a killed run is removed by the next run writing the same file
 * (its name carries the process id, so a live run's file is never touched).
 */
public final class Output implements AutoCloseable {
  private static final String EVERYONE = "rw-rw-rw-";
  private static final String OWNER_ONLY = "rw-------";
  private static final Set<Path> LIVE_TEMPORARIES = ConcurrentHashMap.newKeySet();
  private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.(\\d+)\\.\\d+\\.tmp");

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(Output::removeTemporaries, "waardevol-temporaries"));
  }

  private final Path target;
  private final Path temporary;
  private final OutputStream stream;
  private final Writer writer;
  private boolean committed;

  private Output(Path target, Path temporary, OutputStream stream, Writer writer) {
    this.target = target;
    this.temporary = temporary;
    this.stream = stream;
    this.writer = writer;
  }

  /** Opens {@code path}; {@code null} or {@code -} means {@code stdout}, which is not closed. */
  public static Output open(String path, PrintWriter stdout) throws IOException {
    if (path == null || path.equals("-")) {
      return new Output(null, null, null, new NonClosing(stdout));
    }
    return openFile(path);
  }

  /**
   * The same for a file that names people, such as the pseudonym key: a new one is readable by its
   * owner only (rw-------), whatever the umask.
   */
  public static Output openPrivate(String path, PrintWriter stdout) throws IOException {
    if (path == null || path.equals("-")) {
      return open(path, stdout);
    }
    return openFile(path, OWNER_ONLY);
  }

  /**
   * Opens {@code file} inside the output folder {@code folder}: a link already at {@code file} is
   * replaced, not followed, and a folder on the way that is a link leading out of {@code folder} is
   * refused, so nothing is written outside it.
   */
  public static Output openInFolder(Path folder, Path file) throws IOException {
    Path root = folder.toAbsolutePath().normalize();
    Path target = file.toAbsolutePath().normalize();
    Path step = root;
    for (Path part : root.relativize(target.getParent())) {
      step = step.resolve(part);
      if (Files.isSymbolicLink(step)) {
        throw new OutputProblem(
            step
                + " is a link that leads out of "
                + folder
                + "; remove it, or write to an empty folder");
      }
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputProblem(
          target
              + " is a directory where a file is to be written; remove it, or write to an empty folder");
    }
    return replacing(target, EVERYONE);
  }

  /**
   * Opens the file {@code path} for text ({@link #writer()}) or bytes, such as a zip archive
   * ({@link #stream()}).
   */
  public static Output openFile(String path) throws IOException {
    return openFile(path, EVERYONE);
  }

  /** {@code requested}: the permissions a new file asks for, which the umask may narrow. */
  private static Output openFile(String path, String requested) throws IOException {
    Path target = Path.of(path).toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new OutputProblem(
          path
              + " is a directory; give the name of a file to write, such as "
              + Path.of(path, "report.md"));
    }
    if (Files.exists(target)) {
      target = target.toRealPath();
      if (!Files.isRegularFile(target)) {
        return direct(target);
      }
    }
    return replacing(target, requested);
  }

  /** Writes a temporary file beside {@code target} that {@link #commit()} renames over it. */
  private static Output replacing(Path target, String requested) throws IOException {
    Path temporary;
    try {
      Files.createDirectories(target.getParent());
      removeStaleTemporaries(target);
      temporary = temporaryBeside(target, requested);
    } catch (FileSystemException e) {
      // The exception names the temporary file, which the user never asked for.
      throw new OutputProblem(
          "cannot write "
              + target
              + ": its folder "
              + target.getParent()
              + " takes no new files ("
              + reason(e)
              + "); write to a folder you may write to");
    }
    LIVE_TEMPORARIES.add(temporary);
    OutputStream stream;
    try {
      stream = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
      if (requested.equals(EVERYONE)) {
        keepPermissions(target, temporary);
      }
    } catch (IOException e) {
      discard(temporary);
      throw e;
    }
    return new Output(
        target,
        temporary,
        stream,
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
  }

  /** Removes the temporary files of runs that are no longer alive, left beside {@code target}. */
  private static void removeStaleTemporaries(Path target) throws IOException {
    String name = target.getFileName().toString();
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(target.getParent(), "." + globEscaped(name) + ".*.tmp")) {
      for (Path entry : entries) {
        Matcher matcher = TEMPORARY.matcher(entry.getFileName().toString());
        if (matcher.matches() && matcher.group(1).equals(name) && isDead(matcher.group(2))) {
          Files.deleteIfExists(entry);
        }
      }
    }
  }

  private static boolean isDead(String processId) {
    try {
      return ProcessHandle.of(Long.parseLong(processId)).isEmpty();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String globEscaped(String name) {
    return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
  }

  /** Removes every temporary file this process still has open; the shutdown hook's work. */
  public static void removeTemporaries() {
    for (Path temporary : LIVE_TEMPORARIES) {
      try {
        discard(temporary);
      } catch (IOException e) {
        // Shutting down: nothing more can be done.
      }
    }
  }

  private static void discard(Path temporary) throws IOException {
    LIVE_TEMPORARIES.remove(temporary);
    Files.deleteIfExists(temporary);
  }

  /** Writes straight into a FIFO or device; there is nothing to replace atomically. */
  private static Output direct(Path target) throws IOException {
    OutputStream stream = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
    return new Output(
        target,
        null,
        stream,
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
  }

  private static String reason(FileSystemException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such folder";
    }
    return e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
  }

  /**
   * A temporary file in the target's directory. Where the file system has POSIX permissions it asks
   * for {@code requested}, rw-rw-rw- for most, so the umask decides as for any new file (a plain
   * temporary file would be rw-------).
   */
  private static Path temporaryBeside(Path target, String requested) throws IOException {
    String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
    if (!isPosix(target)) {
      return Files.createTempFile(target.getParent(), prefix, ".tmp");
    }
    FileAttribute<Set<PosixFilePermission>> permissions =
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(requested));
    return Files.createTempFile(target.getParent(), prefix, ".tmp", permissions);
  }

  /**
   * A file that is replaced keeps its permissions; set once the temporary file is open, so a
   * read-only one can still be written.
   */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    if (isPosix(target) && Files.exists(target)) {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
    }
  }

  private static boolean isPosix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  public Writer writer() {
    return writer;
  }

  /** The file's bytes; use either this or {@link #writer()}, not both. Not for standard output. */
  public OutputStream stream() {
    if (stream == null) {
      throw new IllegalStateException("standard output is written as text only");
    }
    return stream;
  }

  public boolean isFile() {
    return target != null;
  }

  /** Finishes the output: flushes standard output, or moves the complete file into place. */
  public void commit() throws IOException {
    writer.flush();
    if (target != null) {
      writer.close();
    }
    if (temporary != null) {
      try {
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      LIVE_TEMPORARIES.remove(temporary);
    }
    committed = true;
  }

  /** Without {@link #commit()}, discards the temporary file and leaves the target untouched. */
  @Override
  public void close() throws IOException {
    if (committed || target == null) {
      return;
    }
    try {
      writer.close();
    } finally {
      if (temporary != null) {
        discard(temporary);
      }
    }
  }

  private static final class NonClosing extends Writer {
    private final PrintWriter out;

    NonClosing(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
      out.write(buffer, offset, length);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
      if (out.checkError()) {
        throw new IOException("standard output could not be written");
      }
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
