package nl.waardevol.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The only place that exits the JVM. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(new Waardevol(System.in, out, err, progressWanted()).run(args));
  }

  /**
   * Java cannot ask whether standard error is a terminal, so the launcher tells
   * (WAARDEVOL_STDERR_TTY=1); NO_COLOR and CI turn the progress line off.
   */
  private static boolean progressWanted() {
    return "1".equals(System.getenv("WAARDEVOL_STDERR_TTY"))
        && System.getenv("NO_COLOR") == null
        && System.getenv("CI") == null;
  }
}
