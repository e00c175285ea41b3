package nl.waardevol.read.office;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The styles of an .odt that matter here: which are headings, which make text bold. */
final class OdtStyles {
  private record Style(String parent, boolean heading, Boolean bold) {}

  private final Map<String, Style> styles = new HashMap<>();

  /** Reads the named and automatic styles of styles.xml. */
  void readStylesPart(Xml xml, InputStream in) throws XMLStreamException {
    XMLStreamReader reader = xml.open(in);
    Xml.root(reader);
    Xml.children(reader, name -> {
      if (name.equals("styles") || name.equals("automatic-styles")) {
        read(reader);
      } else {
        Xml.skip(reader);
      }
    });
  }

  /** Reads the style:style children of a styles element. */
  void read(XMLStreamReader reader) throws XMLStreamException {
    Xml.children(reader, name -> {
      if (name.equals("style")) {
        style(reader);
      } else {
        Xml.skip(reader);
      }
    });
  }

  private void style(XMLStreamReader reader) throws XMLStreamException {
    String name = Xml.attribute(reader, "name");
    String parent = Xml.attribute(reader, "parent-style-name");
    boolean heading = Xml.attribute(reader, "default-outline-level") != null || isHeadingName(name);
    Boolean[] bold = {null};
    Xml.children(reader, child -> {
      if (child.equals("text-properties")) {
        bold[0] = weight(Xml.attribute(reader, "font-weight"));
      }
      Xml.skip(reader);
    });
    if (name != null) {
      styles.put(name, new Style(parent, heading, bold[0]));
    }
  }

  private static boolean isHeadingName(String name) {
    return name != null && name.matches("Title|Subtitle|Heading(_20_\\d+)?");
  }

  private static Boolean weight(String value) {
    if (value == null) {
      return null;
    }
    if (value.equals("bold")) {
      return true;
    }
    return value.matches("\\d+") && Integer.parseInt(value) >= 600;
  }

  boolean isHeading(String name) {
    Set<String> seen = new HashSet<>();
    for (Style style = styles.get(name); style != null && seen.add(name); style = styles.get(name = style.parent())) {
      if (style.heading()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the style makes text bold, or null when neither it nor its parents say. */
  Boolean bold(String name) {
    Set<String> seen = new HashSet<>();
    for (Style style = styles.get(name); style != null && seen.add(name); style = styles.get(name = style.parent())) {
      if (style.bold() != null) {
        return style.bold();
      }
    }
    return null;
  }
}
