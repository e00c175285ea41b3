package nl.waardevol.read.office;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the body of a .docx (its {@code document.xml}) into blocks: paragraphs in order, tables row
 * by row. Left out: tracked deletions and moved-away text, hidden text, field codes, drawings and
 * text boxes, and the text of comments, footnotes, headers and footers, which live in other parts
 * and are never opened.
 */
final class DocxBody {
  private static final Tables.Names TABLE =
      new Tables.Names("tr", "tc", Set.of("sdt", "sdtContent", "customXml"));

  private final Xml xml;
  private final StyleSheet styles;
  private final LeftOut leftOut;

  DocxBody(Xml xml, StyleSheet styles, LeftOut leftOut) {
    this.xml = xml;
    this.styles = styles;
    this.leftOut = leftOut;
  }

  /** Formatting of a run: what its rPr says, null where it says nothing. */
  private static final class RunProperties {
    Boolean bold;
    String style;
    boolean hidden;
  }

  /** A paragraph being read. */
  private static final class ParagraphState {
    final List<Block.Run> runs = new ArrayList<>();
    String style;
    boolean outline;
  }

  List<Block> read(InputStream in) throws XMLStreamException {
    XMLStreamReader reader = xml.open(in);
    Xml.root(reader);
    List<Block> blocks = new ArrayList<>();
    Xml.children(
        reader,
        name -> {
          if (name.equals("body")) {
            blocks(reader, blocks);
          } else {
            Xml.skip(reader);
          }
        });
    return blocks;
  }

  private void blocks(XMLStreamReader reader, List<Block> out) throws XMLStreamException {
    Xml.children(
        reader,
        name -> {
          switch (name) {
            case "p" -> out.add(paragraph(reader));
            case "tbl" -> Tables.read(reader, TABLE, this::blocks, out);
            case "sdt", "sdtContent", "customXml", "ins", "moveTo" -> blocks(reader, out);
            default -> Xml.skip(reader);
          }
        });
  }

  private Block.Paragraph paragraph(XMLStreamReader reader) throws XMLStreamException {
    ParagraphState paragraph = new ParagraphState();
    inline(reader, paragraph);
    boolean heading =
        paragraph.outline || (paragraph.style != null && styles.isHeading(paragraph.style));
    return new Block.Paragraph(paragraph.runs, heading);
  }

  private void inline(XMLStreamReader reader, ParagraphState paragraph) throws XMLStreamException {
    Xml.children(
        reader,
        name -> {
          switch (name) {
            case "pPr" -> paragraphProperties(reader, paragraph);
            case "r" -> run(reader, paragraph);
            case "del", "moveFrom" -> {
              leftOut.deletion();
              Xml.skip(reader);
            }
            case "ins",
                "moveTo",
                "hyperlink",
                "smartTag",
                "fldSimple",
                "sdt",
                "sdtContent",
                "customXml",
                "dir",
                "bdo" ->
                inline(reader, paragraph);
            default -> Xml.skip(reader);
          }
        });
  }

  private static void paragraphProperties(XMLStreamReader reader, ParagraphState paragraph)
      throws XMLStreamException {
    Xml.children(
        reader,
        name -> {
          if (name.equals("pStyle")) {
            paragraph.style = Xml.attribute(reader, "val");
          } else if (name.equals("outlineLvl")) {
            paragraph.outline = isOutline(Xml.attribute(reader, "val"));
          }
          Xml.skip(reader);
        });
  }

  private void run(XMLStreamReader reader, ParagraphState paragraph) throws XMLStreamException {
    RunProperties[] properties = {new RunProperties()};
    StringBuilder text = new StringBuilder();
    Xml.children(
        reader,
        name -> {
          switch (name) {
            case "rPr" -> properties[0] = runProperties(reader);
            case "t" -> text.append(Xml.text(reader));
            case "tab", "ptab" -> text.append('\t');
            case "br", "cr" -> text.append('\n');
            case "noBreakHyphen" -> text.append('-');
            case "drawing", "pict", "object", "AlternateContent" -> leftOut.drawing();
            case "commentReference" -> leftOut.comment();
            case "footnoteReference", "endnoteReference" -> leftOut.note();
            default -> {}
          }
          if (reader.isStartElement()) {
            Xml.skip(reader);
          }
        });
    if (properties[0].hidden) {
      if (!text.isEmpty()) {
        leftOut.hidden();
      }
      return;
    }
    paragraph.runs.add(new Block.Run(text.toString(), isBold(properties[0], paragraph)));
  }

  private boolean isBold(RunProperties properties, ParagraphState paragraph) {
    if (properties.bold != null) {
      return properties.bold;
    }
    Boolean fromStyle = properties.style == null ? null : styles.bold(properties.style);
    if (fromStyle == null && paragraph.style != null) {
      fromStyle = styles.bold(paragraph.style);
    }
    return Boolean.TRUE.equals(fromStyle);
  }

  private static RunProperties runProperties(XMLStreamReader reader) throws XMLStreamException {
    RunProperties properties = new RunProperties();
    Xml.children(
        reader,
        name -> {
          switch (name) {
            case "b" -> properties.bold = isOn(Xml.attribute(reader, "val"));
            case "rStyle" -> properties.style = Xml.attribute(reader, "val");
            case "vanish" -> properties.hidden = isOn(Xml.attribute(reader, "val"));
            default -> {}
          }
          Xml.skip(reader);
        });
    return properties;
  }

  /** Whether a style's run properties make text bold; null when they do not say. */
  static Boolean runBold(XMLStreamReader reader) throws XMLStreamException {
    return runProperties(reader).bold;
  }

  /** Whether paragraph properties give an outline level, as headings have. */
  static boolean hasOutlineLevel(XMLStreamReader reader) throws XMLStreamException {
    boolean[] outline = {false};
    Xml.children(
        reader,
        name -> {
          if (name.equals("outlineLvl")) {
            outline[0] = isOutline(Xml.attribute(reader, "val"));
          }
          Xml.skip(reader);
        });
    return outline[0];
  }

  private static boolean isOutline(String level) {
    // Level 9 means "body text" in Word.
    return level != null && level.matches("[0-8]");
  }

  private static boolean isOn(String value) {
    return value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
  }
}
