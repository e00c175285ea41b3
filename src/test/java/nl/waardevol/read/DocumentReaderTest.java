package nl.waardevol.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {
  private final DocumentReader reader = new DocumentReader(new ByteArrayInputStream(new byte[0]));

  private Document parse(String text) throws InputProblem {
    return reader.parse(text.getBytes(StandardCharsets.UTF_8), "a.md", "a");
  }

  @Test
  void frontMatterBecomesMetadataAndTheIdComesFromIt() throws InputProblem {
    Document document =
        parse(
            "---\nid: rdam-1\nregion: Rotterdam\nrole: ouder\ndate: 2026-01-12\ntags: [a, b]\n---\nR: tekst\n");
    assertEquals("rdam-1", document.id());
    assertEquals(
        Map.of("region", "Rotterdam", "role", "ouder", "date", "2026-01-12", "tags", "a; b"),
        document.metadata());
    assertEquals("R: tekst\n", document.text());
    assertEquals(8, document.bodyLine());
  }

  @Test
  void withoutFrontMatterTheFileNameIsTheId() throws InputProblem {
    Document document = parse("R: tekst\n");
    assertEquals("a", document.id());
    assertEquals(Map.of(), document.metadata());
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndingsAreHandled() throws InputProblem {
    Document document =
        parse("\uFEFF---\r\nregion: Tilburg\r\n---\r\nR: een\r\nR: twee\rR: drie\r\n");
    assertEquals("Tilburg", document.metadata("region"));
    assertEquals("R: een\nR: twee\nR: drie\n", document.text());
  }

  @Test
  void badFilesAreRefusedWithWhatToDo() {
    assertEquals(
        "a.md: is empty; add the transcript text or leave the file out",
        assertThrows(InputProblem.class, () -> parse("")).getMessage());
    assertEquals(
        "a.md: has no text after its front matter; add the transcript or leave the file out",
        assertThrows(InputProblem.class, () -> parse("---\nid: x\n---\n\n")).getMessage());
    assertEquals(
        "a.md:2: the front matter must be 'key: value' lines",
        assertThrows(InputProblem.class, () -> parse("---\n- a\n- b\n---\ntekst\n")).getMessage());
  }
}
