package nl.waardevol.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Small transcripts written into a test's temporary directory. */
final class Fixtures {
  static final String MINI = "src/test/resources/codebooks/mini.yaml";

  private Fixtures() {}

  /** The rows of a coded table (or any CSV with a header), by column name. */
  static List<CSVRecord> rows(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }

  /**
   * The report of the example corpus as the committed example reports are made (with its list of
   * private terms), with {@code extra} arguments such as {@code -o report.html}.
   */
  static Run exampleReport(String... extra) {
    String[] args = {
      "report", "examples/interviews", "--private-terms", "examples/private-terms.txt"
    };
    return Run.of(concat(args, extra));
  }

  static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  static Path write(Path directory, String name, String content) {
    try {
      Path file = directory.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String transcript(String id, String region, String role, String body) {
    return "---\nid: "
        + id
        + "\nregion: "
        + region
        + "\nrole: "
        + role
        + "\ndate: 2026-01-12\n---\n"
        + body;
  }
}
