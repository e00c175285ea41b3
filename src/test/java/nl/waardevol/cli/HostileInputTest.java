package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input made to crash, hang or exhaust a run: each ends in a clear message, and a batch keeps its
 * good files. The timeouts are hang guards, not measurements (bench/ measures speed).
 */
class HostileInputTest {
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir Path dir;

  private static final String GOOD =
      Fixtures.transcript("good", "Tilburg", "ouder", "I: Wat hielp?\nR: De rust was fijn.\n");

  private static Run run(String... args) {
    return assertTimeoutPreemptively(HANG, () -> Run.of(args));
  }

  private static void assertNoStackTrace(Run run) {
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("Error"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void aPassageOfTensOfThousandsOfWordsIsCutWithAWarningNamingTheDocument() throws IOException {
    Fixtures.write(
        dir,
        "endless.md",
        Fixtures.transcript("endless", "Emmen", "ouder", "R: " + "fijn ".repeat(100_000)));
    Run run = run("code", "--codebook", Fixtures.MINI, dir.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.err()
            .contains(
                "endless.md: 1 passage runs past 3000 words without a sentence end, and was cut"),
        run.err());
    assertEquals(1 + 34, run.out().strip().split("\n").length, "34 passages of at most 3000 words");
  }

  @Test
  void aRegexTermThatBacktracksExponentiallyRunsInLinearTime() throws IOException {
    Path codebook =
        Fixtures.write(
            dir,
            "book.yaml",
            "id: t\nversion: '1'\nlanguage: nl\ncategories:\n  - id: proces\n    codes:\n"
                + "      - id: a\n        include: ['re:(.*a){25}$']\n");
    Path corpus = dir.resolve("corpus");
    Fixtures.write(
        corpus,
        "a.md",
        Fixtures.transcript("a", "Emmen", "ouder", "R: " + "a".repeat(2000) + "b\n"));
    Run code = run("code", "--codebook", codebook.toString(), corpus.toString());
    assertEquals(0, code.exit(), code.err());
    Run kwic = run("kwic", "re:(.*a){25}$", "--codebook", codebook.toString(), corpus.toString());
    assertEquals(0, kwic.exit(), kwic.err());
  }

  @Test
  void tooManyThreadsAreBoundedToAFewPerCore() {
    Fixtures.write(dir, "good.md", GOOD);
    int most = 4 * Runtime.getRuntime().availableProcessors();
    Run run = run("code", "--threads", "100000", "--codebook", Fixtures.MINI, dir.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.err().contains("--threads 100000 is more than 4 per core (")
            && run.err().contains("here); using " + most),
        run.err());
    assertTrue(run.out().contains("good,Tilburg,ouder,1,R,"), run.out());
  }
}
