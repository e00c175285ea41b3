package nl.waardevol.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {
  @TempDir Path dir;

  private static void write(Path path, String text) throws IOException {
    try (Output out = Output.open(path.toString(), new PrintWriter(new StringWriter()))) {
      out.writer().write(text);
      out.commit();
    }
  }

  @Test
  void aSymbolicLinkStaysALinkAndTheFileItPointsToIsReplaced() throws IOException {
    Path target = Files.writeString(dir.resolve("report.md"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("latest.md"), target.getFileName());

    write(link, "new");

    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(target));
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void aFifoIsWrittenToDirectlyAndStaysAFifo() throws Exception {
    Path fifo = dir.resolve("pipe");
    Assumptions.assumeTrue(mkfifo(fifo), "mkfifo is not available here");
    CompletableFuture<String> read =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });

    write(fifo, "through the pipe");

    // A timeout, not a hang, if the FIFO was replaced by a file and the reader waits for a writer.
    assertEquals("through the pipe", read.get(10, TimeUnit.SECONDS));
    assertFalse(Files.isRegularFile(fifo));
    assertTrue(Files.exists(fifo));
  }

  @Test
  void aDirectoryIsRefusedWithAMessageThatNamesIt() throws IOException {
    OutputProblem problem = assertThrows(OutputProblem.class, () -> write(dir, "x"));
    assertTrue(
        problem.getMessage().startsWith(dir + " is a directory; give the name of a file to write"),
        problem.getMessage());
  }

  private static boolean mkfifo(Path path) {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
