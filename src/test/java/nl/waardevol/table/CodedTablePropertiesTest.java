package nl.waardevol.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.read.Input;
import nl.waardevol.stance.Stance;
import nl.waardevol.text.RandomText;
import nl.waardevol.write.CodedTableWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A coded table read back gives the passages that were written, whatever their texts hold: quotes,
 * separators, line breaks, formulas, emoji. Ids and codes are the plain words a codebook has;
 * metadata values come back stripped, as after a hand edit; in CSV line breaks come back as \n, as
 * in every text file waardevol reads (JSON Lines escapes them, so they come back as written).
 */
class CodedTablePropertiesTest {
  private static final List<String> IDS = List.of("rust", "tijd", "samenwerking", "luisteren");
  private static final List<String> EXTRA = List.of("notes", "school");

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(CodedTableWriter.Format.class)
  void whatIsWrittenIsReadBack(CodedTableWriter.Format format) throws Exception {
    long base = RandomText.baseSeed();
    for (int i = 0; i < RandomText.CASES / 3; i++) {
      long seed = base + i;
      Random random = new Random(seed);
      List<CodedPassage> written = new ArrayList<>();
      for (int p = 1 + random.nextInt(4); p > 0; p--) {
        written.add(passage(random, written.size() + 1));
      }
      List<CodedPassage> read = roundTrip(format, written);
      assertEquals(written.size(), read.size(), "seed " + seed);
      for (int p = 0; p < written.size(); p++) {
        assertSame(format, written.get(p), read.get(p), "seed " + seed + ", passage " + (p + 1));
      }
    }
  }

  private List<CodedPassage> roundTrip(CodedTableWriter.Format format, List<CodedPassage> passages)
      throws Exception {
    StringWriter out = new StringWriter();
    CodedTableWriter writer = CodedTableWriter.create(format, out, EXTRA);
    for (CodedPassage passage : passages) {
      writer.write(passage);
    }
    writer.finish();
    boolean csv = format == CodedTableWriter.Format.CSV;
    Path file = dir.resolve(csv ? "coded.csv" : "coded.jsonl");
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    List<CodedPassage> read = new ArrayList<>();
    new CodedTableReader(null, InputStream.nullInputStream())
        .read(
            new Input(file, file.toString(), csv ? Input.Kind.CODED_CSV : Input.Kind.CODED_JSONL),
            read::add);
    return read;
  }

  private static CodedPassage passage(Random random, int number) {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("region", RandomText.text(random, 6));
    metadata.put("role", RandomText.text(random, 2));
    for (String key : EXTRA) {
      metadata.put(key, RandomText.text(random, 12));
    }
    List<String> codes = some(random);
    return new CodedPassage(
        "doc-" + random.nextInt(1000),
        metadata,
        number,
        RandomText.text(random, 3),
        random.nextInt(5000),
        random.nextInt(5000),
        random.nextBoolean() ? "nl" : "en",
        Stance.values()[random.nextInt(Stance.values().length)],
        some(random),
        codes,
        codes.stream().map(code -> code + ":" + code.substring(0, 3) + "*").toList(),
        new nl.waardevol.code.CodeStances(
            codes.stream().filter(code -> random.nextBoolean()).toList(), List.of(), List.of()),
        random.nextBoolean() ? Double.NaN : (50 + random.nextInt(51)) / 100.0,
        RandomText.text(random, random.nextInt(8) == 0 ? 400 : 40),
        RandomText.text(random, 20));
  }

  private static List<String> some(Random random) {
    return IDS.stream().filter(id -> random.nextBoolean()).toList();
  }

  private static void assertSame(
      CodedTableWriter.Format format, CodedPassage expected, CodedPassage actual, String where) {
    String context = where + ", text \"" + RandomText.escaped(expected.text()) + "\"";
    // Read back, control characters are made visible (Controls), and CSV folds line endings.
    UnaryOperator<String> read =
        format == CodedTableWriter.Format.CSV
            ? text -> nl.waardevol.text.Controls.neutralise(lines(text))
            : nl.waardevol.text.Controls::neutralise;
    assertEquals(
        RandomText.escaped(read.apply(expected.text())),
        RandomText.escaped(actual.text()),
        context);
    assertEquals(expected.docId(), actual.docId(), context);
    assertEquals(expected.passage(), actual.passage(), context);
    assertEquals(read.apply(expected.speaker()), actual.speaker(), context);
    assertEquals(expected.start(), actual.start(), context);
    assertEquals(expected.end(), actual.end(), context);
    assertEquals(expected.language(), actual.language(), context);
    assertEquals(expected.valence(), actual.valence(), context);
    assertEquals(expected.categories(), actual.categories(), context);
    assertEquals(expected.codes(), actual.codes(), context);
    assertEquals(expected.matched(), actual.matched(), context);
    assertEquals(expected.stances(), actual.stances(), context);
    for (String key : List.of("region", "role", "notes", "school")) {
      assertEquals(
          read.apply(expected.metadata(key)).strip(), actual.metadata(key), context + ", " + key);
    }
    if (format == CodedTableWriter.Format.JSONL) {
      assertEquals(read.apply(expected.question()), actual.question(), context);
    }
  }

  private static String lines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
