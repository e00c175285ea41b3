package nl.waardevol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a real QDA package and the scripts around it expect of waardevol (issue 14, 22-25). */
class QdaPackageTest {
  @TempDir Path dir;

  private static List<CSVRecord> rows(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }

  @Test
  void theCodedTableCountsCodePointsAsPythonAndRSliceThem() throws IOException {
    String body = "I: Hoe ging het? \uD83D\uDE00\n\nMoeder: Er was rust.\n";
    Fixtures.write(dir, "a.md", body);

    Run run = Run.of("code", "--codebook", Fixtures.MINI, dir.resolve("a.md").toString());

    assertEquals(0, run.exit(), run.err());
    CSVRecord row = rows(run.out()).get(0);
    int[] codePoints = body.codePoints().toArray();
    String sliced =
        new String(
            codePoints,
            Integer.parseInt(row.get("start")),
            Integer.parseInt(row.get("end")) - Integer.parseInt(row.get("start")));
    assertEquals("Er was rust.", sliced);
  }
}
