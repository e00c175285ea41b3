package nl.waardevol;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.waardevol.exchange.ProjectReader;
import nl.waardevol.exchange.QdcFile;
import nl.waardevol.read.DocumentReader;
import nl.waardevol.read.Input;
import nl.waardevol.read.InputProblem;
import nl.waardevol.read.ReadOptions;
import nl.waardevol.table.CodedTableReader;

/**
 * Every input a reader is given either reads or gives an {@link InputProblem}, which the command
 * line turns into one line on stderr; any other exception is a bug. {@code mvn verify} replays the
 * seed inputs in {@code src/test/resources/nl/waardevol/ReadersFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1 mvn test -Dtest=ReadersFuzzTest#transcripts} fuzzes one target for five minutes and
 * adds what crashes it to those inputs.
 *
 * <p>An input's first byte picks the file's extension, the rest is the file.
 */
class ReadersFuzzTest {
  private static final List<String> TRANSCRIPTS =
      List.of("txt", "md", "docx", "odt", "vtt", "srt", "csv", "tsv");
  private static final List<String> TABLES = List.of("csv", "jsonl");

  private static Path file(String extension, byte[] content) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "fuzz"));
    return Files.write(dir.resolve("input." + extension), content);
  }

  private static String extension(byte[] input, List<String> extensions) {
    return extensions.get(input.length == 0 ? 0 : (input[0] & 0xFF) % extensions.size());
  }

  private static byte[] content(byte[] input) {
    return input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
  }

  @FuzzTest
  void transcripts(byte[] input) throws IOException {
    Path file = file(extension(input, TRANSCRIPTS), content(input));
    try {
      new DocumentReader(InputStream.nullInputStream(), ReadOptions.DEFAULTS)
          .read(new Input(file, file.toString(), Input.Kind.TRANSCRIPT));
    } catch (InputProblem expected) {
      // a clear message for the user
    }
  }

  @FuzzTest
  void codedTables(byte[] input) throws IOException {
    String extension = extension(input, TABLES);
    Path file = file(extension, content(input));
    Input.Kind kind = extension.equals("csv") ? Input.Kind.CODED_CSV : Input.Kind.CODED_JSONL;
    try {
      new CodedTableReader(null, InputStream.nullInputStream())
          .read(new Input(file, file.toString(), kind), passage -> {});
    } catch (InputProblem expected) {
      // a clear message for the user
    }
  }

  @FuzzTest
  void projects(byte[] input) throws IOException {
    Path file = file("qdpx", input);
    try {
      ProjectReader.read(file, file.toString());
    } catch (InputProblem expected) {
      // a clear message for the user
    }
  }

  @FuzzTest
  void codebooks(byte[] input) throws IOException {
    try {
      QdcFile.read(new ByteArrayInputStream(input), "fuzz.qdc");
    } catch (InputProblem expected) {
      // a clear message for the user
    }
  }
}
