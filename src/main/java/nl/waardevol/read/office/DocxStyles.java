package nl.waardevol.read.office;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The styles of a .docx that matter here: which are headings, which make text bold. */
final class DocxStyles {
  private record Style(String basedOn, boolean heading, Boolean bold) {}

  private final Map<String, Style> styles = new HashMap<>();

  static DocxStyles none() {
    return new DocxStyles();
  }

  static DocxStyles read(Xml xml, InputStream in) throws XMLStreamException {
    DocxStyles result = new DocxStyles();
    XMLStreamReader reader = xml.open(in);
    Xml.root(reader);
    Xml.children(reader, name -> {
      if (name.equals("style")) {
        result.style(reader);
      } else {
        Xml.skip(reader);
      }
    });
    return result;
  }

  private void style(XMLStreamReader reader) throws XMLStreamException {
    String id = Xml.attribute(reader, "styleId");
    String[] basedOn = {null};
    boolean[] heading = {false};
    Boolean[] bold = {null};
    Xml.children(reader, name -> {
      switch (name) {
        case "name" -> heading[0] |= isHeadingName(Xml.attribute(reader, "val"));
        case "basedOn" -> basedOn[0] = Xml.attribute(reader, "val");
        case "pPr" -> heading[0] |= DocxBody.hasOutlineLevel(reader);
        case "rPr" -> bold[0] = DocxBody.runBold(reader);
        default -> {}
      }
      if (reader.isStartElement()) {
        Xml.skip(reader);
      }
    });
    if (id != null) {
      styles.put(id, new Style(basedOn[0], heading[0], bold[0]));
    }
  }

  private static boolean isHeadingName(String name) {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return lower.matches("heading \\d|title|subtitle");
  }

  boolean isHeading(String styleId) {
    Set<String> seen = new HashSet<>();
    for (Style style = styles.get(styleId); style != null && seen.add(styleId); style = styles.get(styleId = style.basedOn())) {
      if (style.heading()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the style makes text bold, or null when neither it nor its parents say. */
  Boolean bold(String styleId) {
    Set<String> seen = new HashSet<>();
    for (Style style = styles.get(styleId); style != null && seen.add(styleId); style = styles.get(styleId = style.basedOn())) {
      if (style.bold() != null) {
        return style.bold();
      }
    }
    return null;
  }
}
