package nl.waardevol.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import nl.waardevol.code.CodedPassage;
import nl.waardevol.codebook.Codebook;
import nl.waardevol.read.Document;

/**
 * Writes a REFI-QDA project (.qdpx): a zip archive with each transcript as a plain-text source
 * (UTF-8, exactly the text the passage offsets count in) and {@code project.qde}, which holds the
 * code tree, one user (the automatic coder), the metadata keys as variables, and per source (in
 * document id order) every coded passage as a selection with one coding per code. Positions are
 * counted in Unicode code points, as the standard counts characters. Nothing random and no clock:
 * the same input gives the same bytes.
 */
public final class ProjectWriter {
  static final String NAMESPACE = "urn:QDA-XML:project:1.0";
  static final String USER_NAME = "waardevol (automatic coding)";
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
  private static final int NAME_WORDS = 8;

  private record Selection(
      String key, int start, int end, String name, String description, List<String> codes) {}

  private record Source(
      String id, String guid, Map<String, String> metadata, List<Selection> selections) {}

  private final ZipOutputStream zip;
  private final Codebook codebook;
  private final String name;
  private final String origin;
  private final boolean codings;
  private final String user = Guids.of("user", "waardevol");
  private final List<Source> sources = new ArrayList<>();

  /**
   * @param name the project's name, as the QDA package shows it
   * @param origin the program that wrote it
   * @param codings false to leave the passages uncoded, for a human to code blind
   */
  public ProjectWriter(
      OutputStream out, Codebook codebook, String name, String origin, boolean codings) {
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    this.codebook = codebook;
    this.name = name;
    this.origin = origin;
    this.codings = codings;
  }

  /** Adds a transcript: its text goes into the archive at once, its selections into the project. */
  public void add(Document document, List<CodedPassage> passages) throws IOException {
    String guid = Guids.of("source", document.id());
    entry("Sources/" + guid + ".txt");
    zip.write(document.text().getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    List<Selection> selections = new ArrayList<>();
    for (CodedPassage passage : codings ? passages : List.<CodedPassage>of()) {
      if (!passage.codes().isEmpty()) {
        selections.add(selection(passage));
      }
    }
    Map<String, String> metadata = new TreeMap<>(document.metadata());
    metadata.values().removeIf(String::isBlank);
    sources.add(new Source(document.id(), guid, metadata, selections));
  }

  private static Selection selection(CodedPassage passage) {
    String description =
        "Coded by waardevol. Stance: "
            + passage.valence().id()
            + "."
            + (passage.matched().isEmpty()
                ? ""
                : " Terms: " + String.join(", ", passage.matched()) + ".");
    return new Selection(
        passage.docId() + "#" + passage.passage(),
        passage.start(),
        passage.end(),
        firstWords(passage.text()),
        description,
        passage.codes());
  }

  private static String firstWords(String text) {
    String[] words = text.strip().split("\\s+");
    return words.length <= NAME_WORDS
        ? text.strip()
        : String.join(" ", List.of(words).subList(0, NAME_WORDS)) + " …";
  }

  /** Writes {@code project.qde} and ends the archive; the stream stays open. */
  public void finish() throws IOException {
    entry("project.qde");
    Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    try {
      XmlOut xml = new XmlOut(out, NAMESPACE);
      xml.start("Project")
          .attribute("name", name)
          .attribute("origin", origin)
          .attribute("creatingUserGUID", user);
      xml.start("Users").empty("User", "guid", user, "name", USER_NAME, "id", "waardevol").end();
      xml.start("CodeBook");
      CodeTree.write(xml, codebook);
      xml.end();
      List<String> variables = variables();
      if (!variables.isEmpty()) {
        xml.start("Variables");
        for (String variable : variables) {
          xml.empty(
              "Variable",
              "guid",
              Guids.of("variable", variable),
              "name",
              variable,
              "typeOfVariable",
              "Text");
        }
        xml.end();
      }
      if (!sources.isEmpty()) {
        xml.start("Sources");
        // By id, so the project does not depend on the order of the inputs; the texts went out as
        // they came.
        sources.sort(Comparator.comparing(Source::id));
        for (Source source : sources) {
          source(xml, source);
        }
        xml.end();
      }
      xml.element("Description", description());
      xml.end();
      xml.finish();
    } catch (XMLStreamException e) {
      throw new IOException("could not write the project XML: " + e.getMessage(), e);
    }
    out.flush();
    zip.closeEntry();
    zip.finish();
  }

  private List<String> variables() {
    TreeSet<String> keys = new TreeSet<>();
    sources.forEach(source -> keys.addAll(source.metadata().keySet()));
    return List.copyOf(keys);
  }

  private void source(XmlOut xml, Source source) throws XMLStreamException {
    xml.start("TextSource")
        .attribute("guid", source.guid())
        .attribute("name", source.id())
        .attribute("plainTextPath", "internal://" + source.guid() + ".txt")
        .attribute("creatingUser", user);
    for (Selection selection : source.selections()) {
      xml.start("PlainTextSelection")
          .attribute("guid", Guids.of("selection", selection.key()))
          .attribute("name", selection.name())
          .attribute("startPosition", Integer.toString(selection.start()))
          .attribute("endPosition", Integer.toString(selection.end()))
          .attribute("creatingUser", user);
      xml.element("Description", selection.description());
      for (String code : selection.codes()) {
        xml.start("Coding")
            .attribute("guid", Guids.of("coding", selection.key() + ":" + code))
            .attribute("creatingUser", user);
        xml.empty("CodeRef", "targetGUID", Guids.code(code));
        xml.end();
      }
      xml.end();
    }
    for (Map.Entry<String, String> value : source.metadata().entrySet()) {
      xml.start("VariableValue");
      xml.empty("VariableRef", "targetGUID", Guids.of("variable", value.getKey()));
      xml.element("TextValue", value.getValue());
      xml.end();
    }
    xml.end();
  }

  private String description() {
    String made =
        "Made by waardevol with codebook "
            + codebook.id()
            + " "
            + codebook.version()
            + " (SHA-256 "
            + codebook.hash()
            + ").";
    return codings
        ? made
            + " Each selection is one passage as waardevol segmented it, with the codes it was given automatically; correct them, then export the project and run 'waardevol report', 'waardevol agree' or 'waardevol import' on it."
        : made + " No codings: the passages are left for a human coder to code blind.";
  }

  private void entry(String path) throws IOException {
    ZipEntry entry = new ZipEntry(path);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
  }
}
