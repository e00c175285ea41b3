package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import nl.waardevol.write.Output;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No run replaces a file it reads, writes through a link it finds, or leaves raw text behind. */
class DataLossTest {
  @TempDir Path dir;

  private static final String TABLE =
      "doc_id,region,role,passage,valence,codes,text\na,Tilburg,ouder,1,appreciative,tijd,De rust.\n";

  private Path transcript(String name) {
    return Fixtures.write(
        dir,
        name,
        Fixtures.transcript("a", "Tilburg", "ouder", "R: De rust was fijn, juf Marloes hielp.\n"));
  }

  private void assertRefused(Path read, String option, String... args) throws IOException {
    String before = Files.readString(read);
    Run run = Run.of(args);
    assertEquals(2, run.exit(), run.err());
    assertEquals(
        "waardevol: " + option + " " + read + " is one of the inputs; write the output elsewhere\n",
        run.err());
    assertEquals(before, Files.readString(read), "the file it reads is untouched");
  }

  @Test
  void agreeNeverReplacesItsCodebook() throws IOException {
    Path table = Fixtures.write(dir, "t.csv", TABLE);
    Path book = Fixtures.write(dir, "book.yaml", Files.readString(Path.of(Fixtures.MINI)));
    assertRefused(
        book,
        "-o",
        "agree",
        "--gold",
        table.toString(),
        "--auto",
        table.toString(),
        "-c",
        book.toString(),
        "-o",
        book.toString());
  }

  @Test
  void privateTermsAreNeverReplacedByTheOutputOrTheKey() throws IOException {
    Path in = transcript("in/a.md");
    Path terms = Fixtures.write(dir, "pt.txt", "De Vijverhof\n");
    String t = terms.toString();
    assertRefused(
        terms,
        "-o",
        "report",
        "--codebook",
        Fixtures.MINI,
        in.toString(),
        "--private-terms",
        t,
        "-o",
        t);
    assertRefused(
        terms,
        "-o",
        "code",
        "--redact",
        "--codebook",
        Fixtures.MINI,
        in.toString(),
        "--private-terms",
        t,
        "-o",
        t);
    assertRefused(
        terms,
        "--key",
        "redact",
        in.toString(),
        "-o",
        dir.resolve("red").toString(),
        "--private-terms",
        t,
        "--key",
        t);
  }

  @Test
  void redactReplacesALinkInItsFolderInsteadOfWritingThroughIt() throws IOException {
    Path a = transcript("rin/a.md");
    Path b =
        Fixtures.write(
            dir, "rin/b.md", Fixtures.transcript("b", "Emmen", "ouder", "R: Het ging goed.\n"));
    Path outside = Fixtures.write(dir, "elsewhere.txt", "keep me\n");
    Path rout = Files.createDirectories(dir.resolve("rout"));
    Files.createSymbolicLink(rout.resolve("a.md"), a);
    Files.createSymbolicLink(rout.resolve("b.md"), outside);
    String before = Files.readString(a);
    Run run = Run.of("redact", dir.resolve("rin").toString(), "-o", rout.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(before, Files.readString(a), "the input is untouched");
    assertEquals(
        "keep me\n", Files.readString(outside), "the file outside the folder is untouched");
    assertFalse(Files.isSymbolicLink(rout.resolve("a.md")));
    assertFalse(Files.isSymbolicLink(rout.resolve("b.md")));
    assertTrue(Files.readString(rout.resolve("b.md")).contains("Het ging goed"));
    assertTrue(run.err().contains("wrote 2 pseudonymised transcripts"), run.err());
  }

  @Test
  void redactRefusesAFolderLinkThatLeadsOutOfItsOutput() throws IOException {
    Fixtures.write(dir, "rin/sub/a.md", Fixtures.transcript("a", "Tilburg", "ouder", "R: Fijn.\n"));
    Fixtures.write(dir, "rin/b.md", Fixtures.transcript("b", "Tilburg", "ouder", "R: Fijn.\n"));
    Path away = Files.createDirectories(dir.resolve("away"));
    Path rout = Files.createDirectories(dir.resolve("rout"));
    Files.createSymbolicLink(rout.resolve("sub"), away);
    Run run = Run.of("redact", dir.resolve("rin").toString(), "-o", rout.toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(
        run.err()
            .startsWith(
                "waardevol: " + rout.resolve("sub") + " is a link that leads out of " + rout),
        run.err());
    try (Stream<Path> files = Files.list(away)) {
      assertEquals(0, files.count(), "nothing written outside the output folder");
    }
  }

  @Test
  void importReplacesLinksInItsFolder() throws IOException {
    Path in = transcript("in/a.md");
    Path project = dir.resolve("p.qdpx");
    assertEquals(
        0,
        Run.of("export", "--codebook", Fixtures.MINI, in.toString(), "-o", project.toString())
            .exit());
    Path outside = Fixtures.write(dir, "elsewhere.csv", "keep me\n");
    Path folder = Files.createDirectories(dir.resolve("imported"));
    Files.createSymbolicLink(folder.resolve("coded.csv"), outside);
    Run run =
        Run.of("import", "--codebook", Fixtures.MINI, project.toString(), "-o", folder.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("keep me\n", Files.readString(outside));
    assertFalse(Files.isSymbolicLink(folder.resolve("coded.csv")));
  }

  @Test
  void theKeyIsOwnerOnlyEvenWhenItReplacesAReadableFile() throws IOException {
    Path in = transcript("in/a.md");
    Path key = Fixtures.write(dir, "key.csv", "old\n");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
    Run run =
        Run.of(
            "redact", in.toString(), "-o", dir.resolve("red").toString(), "--key", key.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
  }

  @Test
  void temporaryFilesAreRemovedAtShutdownAndByTheNextRun() throws IOException {
    Path target = dir.resolve("report.md");
    Output open = Output.openFile(target.toString());
    open.writer().write("raw transcript text");
    open.writer().flush();
    assertEquals(1, temporaries(target));
    Output.removeTemporaries();
    assertEquals(0, temporaries(target), "what a shutdown hook does on SIGTERM or Ctrl-C");
    open.close();

    // A run killed with SIGKILL leaves its temporary file; the next run over the same target
    // removes it.
    long dead = deadPid();
    Path stale = Fixtures.write(dir, ".report.md." + dead + ".123.tmp", "raw transcript text");
    Path foreign = Fixtures.write(dir, ".report.md.old.tmp", "someone else's");
    try (Output next = Output.openFile(target.toString())) {
      next.writer().write("report");
      next.commit();
    }
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(foreign), "a file not named as ours is left alone");
  }

  private long temporaries(Path target) throws IOException {
    try (Stream<Path> files = Files.list(target.getParent())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
    }
  }

  private static long deadPid() {
    for (long pid = 4_000_000; ; pid--) {
      if (ProcessHandle.of(pid).isEmpty()) {
        return pid;
      }
    }
  }

  @Test
  void codeWillNotReplaceACodedTableInItsInputFolderWithoutForce() throws IOException {
    transcript("in/a.md");
    Path corrected = Fixtures.write(dir, "in/corrected.csv", TABLE);
    Run run =
        Run.of(
            "code",
            "--codebook",
            Fixtures.MINI,
            dir.resolve("in").toString(),
            "-o",
            corrected.toString());
    assertEquals(2, run.exit(), run.err());
    assertEquals(
        "waardevol: -o "
            + corrected
            + " is a coded table in an input folder, perhaps corrected by hand; write elsewhere, or add --force to replace it\n",
        run.err());
    assertEquals(TABLE, Files.readString(corrected));
    Run forced =
        Run.of(
            "code",
            "--force",
            "--codebook",
            Fixtures.MINI,
            dir.resolve("in").toString(),
            "-o",
            corrected.toString());
    assertEquals(0, forced.exit(), forced.err());
    assertTrue(Files.readString(corrected).startsWith("doc_id,"));
  }
}
