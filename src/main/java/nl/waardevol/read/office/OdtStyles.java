package nl.waardevol.read.office;

import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the styles of an .odt (styles.xml, and content.xml's automatic styles) into a sheet. */
final class OdtStyles {
  private OdtStyles() {}

  /** Reads the named and automatic styles of styles.xml. */
  static void readStylesPart(Xml xml, InputStream in, StyleSheet sheet) throws XMLStreamException {
    XMLStreamReader reader = xml.open(in);
    Xml.root(reader);
    Xml.children(
        reader,
        name -> {
          if (name.equals("styles") || name.equals("automatic-styles")) {
            read(reader, sheet);
          } else {
            Xml.skip(reader);
          }
        });
  }

  /** Reads the style:style children of a styles element. */
  static void read(XMLStreamReader reader, StyleSheet sheet) throws XMLStreamException {
    Xml.children(
        reader,
        name -> {
          if (name.equals("style")) {
            style(reader, sheet);
          } else {
            Xml.skip(reader);
          }
        });
  }

  private static void style(XMLStreamReader reader, StyleSheet sheet) throws XMLStreamException {
    String name = Xml.attribute(reader, "name");
    String parent = Xml.attribute(reader, "parent-style-name");
    boolean heading = Xml.attribute(reader, "default-outline-level") != null || isHeadingName(name);
    Boolean[] bold = {null};
    Xml.children(
        reader,
        child -> {
          if (child.equals("text-properties")) {
            bold[0] = weight(Xml.attribute(reader, "font-weight"));
          }
          Xml.skip(reader);
        });
    sheet.add(name, parent, heading, bold[0]);
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
}
