package nl.waardevol.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.waardevol.codebook.CodebookLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stance rules as data: each line of {@code src/test/resources/stance/cases.tsv} is a passage
 * with the stance it must get and the stance of its codes, reported as a test of its own (as
 * google-java-format keeps its cases as input and output files).
 */
class StanceCasesTest {
  private static final Path CASES = Path.of("src/test/resources/stance/cases.tsv");
  private static final Map<String, Coder> CODERS = new HashMap<>();

  record Case(
      String codebook,
      String phenomenon,
      String question,
      String passage,
      String stance,
      String codeStances,
      String why) {
    @Override
    public String toString() {
      return codebook + ", " + phenomenon + ": " + passage;
    }
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (String line : Files.readAllLines(CASES, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      cases.add(
          Arguments.of(
              new Case(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6])));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void getsItsStance(Case c) throws Exception {
    Analysis analysis = coder(c.codebook()).analyse(c.passage(), c.question());
    assertEquals(c.stance(), analysis.valence().id(), c.why());
    for (String expected : c.codeStances().split(",")) {
      if (!expected.isBlank()) {
        String[] codeAndStance = expected.strip().split(":");
        assertEquals(
            codeAndStance[1],
            CodeStances.name(analysis.stances().of(codeAndStance[0])),
            codeAndStance[0] + " (codes: " + analysis.codes() + "): " + c.why());
      }
    }
  }

  private static synchronized Coder coder(String codebook) throws Exception {
    Coder coder = CODERS.get(codebook);
    if (coder == null) {
      Path file =
          codebook.equals("wio-nl") || codebook.equals("ai-en")
              ? Path.of("codebooks", codebook + ".yaml")
              : Path.of("src/test/resources/codebooks", codebook + ".yaml");
      coder = new Coder(new CodebookLoader().parse(Files.readAllBytes(file), file.toString()));
      CODERS.put(codebook, coder);
    }
    return coder;
  }
}
