package nl.waardevol.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.waardevol.read.Document;

/** Writes a document back as a transcript: YAML front matter (id first), then the text. */
public final class TranscriptWriter {
  private final ObjectMapper yaml =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .build());

  public void write(Document document, Writer out) throws IOException {
    Map<String, String> frontMatter = new LinkedHashMap<>();
    frontMatter.put("id", document.id());
    frontMatter.putAll(document.metadata());
    out.write("---\n");
    out.write(yaml.writeValueAsString(frontMatter));
    out.write("---\n");
    out.write(document.text());
    out.flush();
  }
}
