package nl.waardevol.read.office;

import java.io.InputStream;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the styles part of a .docx: which styles are headings, which make text bold. */
final class DocxStyles {
  private DocxStyles() {}

  static StyleSheet read(Xml xml, InputStream in) throws XMLStreamException {
    StyleSheet sheet = new StyleSheet();
    XMLStreamReader reader = xml.open(in);
    Xml.root(reader);
    Xml.children(
        reader,
        name -> {
          if (name.equals("style")) {
            style(reader, sheet);
          } else {
            Xml.skip(reader);
          }
        });
    return sheet;
  }

  private static void style(XMLStreamReader reader, StyleSheet sheet) throws XMLStreamException {
    String id = Xml.attribute(reader, "styleId");
    String[] basedOn = {null};
    boolean[] heading = {false};
    Boolean[] bold = {null};
    Xml.children(
        reader,
        name -> {
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
    sheet.add(id, basedOn[0], heading[0], bold[0]);
  }

  private static boolean isHeadingName(String name) {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return lower.matches("heading \\d|title|subtitle");
  }
}
