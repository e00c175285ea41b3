package nl.waardevol.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.table.CodedColumns;

/**
 * The coded passage table as JSON Lines: the CSV columns with lists as arrays, plus the {@code
 * question} the passage answers.
 */
final class JsonlCodedTableWriter implements CodedTableWriter {
  private final Writer out;
  private final JsonFactory json = new JsonFactory();
  private final List<String> extraKeys;

  JsonlCodedTableWriter(Writer out, List<String> extraKeys) {
    this.out = out;
    this.extraKeys = List.copyOf(extraKeys);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @Override
  public void write(CodedPassage p) throws IOException {
    try (JsonGenerator g = json.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField(CodedColumns.DOC_ID, p.docId());
      g.writeStringField(CodedColumns.REGION, p.metadata(CodedColumns.REGION));
      g.writeStringField(CodedColumns.ROLE, p.metadata(CodedColumns.ROLE));
      g.writeNumberField(CodedColumns.PASSAGE, p.passage());
      g.writeStringField(CodedColumns.SPEAKER, p.speaker());
      g.writeNumberField(CodedColumns.START, p.start());
      g.writeNumberField(CodedColumns.END, p.end());
      g.writeStringField(CodedColumns.LANGUAGE, p.language());
      g.writeStringField(CodedColumns.VALENCE, p.valence().id());
      writeArray(g, CodedColumns.CATEGORIES, p.categories());
      writeArray(g, CodedColumns.CODES, p.codes());
      writeArray(g, CodedColumns.VALUED, p.stances().valued());
      writeArray(g, CodedColumns.HINDERED, p.stances().hindered());
      writeArray(g, CodedColumns.WISHED, p.stances().wished());
      if (Double.isNaN(p.confidence())) {
        g.writeNullField(CodedColumns.CONFIDENCE);
      } else {
        g.writeNumberField(CodedColumns.CONFIDENCE, Math.round(p.confidence() * 100) / 100.0);
      }
      writeArray(g, CodedColumns.MATCHED, p.matched());
      g.writeStringField(CodedColumns.TEXT, p.text());
      for (String key : extraKeys) {
        g.writeStringField(key, p.metadata(key));
      }
      g.writeStringField(CodedColumns.QUESTION, p.question());
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeArray(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
