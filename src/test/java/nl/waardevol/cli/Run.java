package nl.waardevol.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and keeps what it printed. */
record Run(int exit, String out, String err) {
  static Run of(String... args) {
    return withStdin("", args);
  }

  static Run withStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        new Waardevol(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out),
                new PrintWriter(err))
            .run(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
