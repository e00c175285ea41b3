package nl.waardevol.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.waardevol.read.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Private terms are found beside names, never instead of them. */
class PrivateTermsAndNamesTest {
  @TempDir Path dir;

  private String redact(String terms, String text) throws IOException, InputProblem {
    Path file = dir.resolve("terms.txt");
    Files.writeString(file, terms);
    return Redactor.create(file, List.of(), "nl")
        .forDocument(Map.of(), List.of())
        .redact(text, "nl")
        .text();
  }

  @Test
  void aNameBeforeAPrivateTermIsStillAName() throws Exception {
    assertEquals(
        "Juf [NAAM-1] van [INSTELLING-1] belde.",
        redact("De Vijverhof\n", "Juf Marloes van De Vijverhof belde."));
    assertEquals(
        "Juf [NAAM-1] van [INSTELLING-1] belde.",
        redact("De Vijverhof\n", "Juf Wieteke van De Vijverhof belde."));
  }

  @Test
  void aPrivateTermAfterATitleIsThePrivateTerm() throws Exception {
    assertEquals(
        "Meneer [INSTELLING-1] belde.", redact("De Vijverhof\n", "Meneer De Vijverhof belde."));
  }
}
