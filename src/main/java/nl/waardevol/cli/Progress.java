package nl.waardevol.cli;

import java.io.PrintWriter;
import nl.waardevol.code.CodedPassage;

/**
 * A one-line progress display on a terminal's standard error: documents done out of all, and the
 * rate. Drawn only for runs longer than a second, redrawn at most a few times a second, and erased
 * at the end, so nothing of it stays in a log or reaches standard output.
 */
final class Progress {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final int total;
  private final long started = System.nanoTime();
  private long drawn;
  private String lastDocument;
  private int documents;
  private boolean visible;

  /** {@code err} null: draw nothing. */
  Progress(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
  }

  /** Counts a passage; a new document id means one more document. */
  void passage(CodedPassage passage) {
    if (err == null) {
      return;
    }
    if (!passage.docId().equals(lastDocument)) {
      lastDocument = passage.docId();
      documents++;
    }
    long now = System.nanoTime();
    if (now - started >= DELAY_NANOS && now - drawn >= INTERVAL_NANOS) {
      drawn = now;
      double seconds = (now - started) / 1e9;
      err.printf(
          "\rwaardevol: %d of %d documents (%d%%), %.0f documents/s ",
          documents, total, 100 * documents / Math.max(1, total), documents / seconds);
      err.flush();
      visible = true;
    }
  }

  /** Erases the line, if one was drawn. */
  void done() {
    if (visible) {
      err.print("\r\033[K");
      err.flush();
      visible = false;
    }
  }
}
