package nl.waardevol.read.office;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the body of an .odt (its {@code content.xml}) into blocks: paragraphs, headings and list
 * items in order, tables row by row. Left out: tracked deletions (kept apart in {@code
 * text:tracked-changes}), comments, footnotes, frames and text boxes; headers and footers live in
 * styles.xml and are never read as text.
 */
final class OdtBody {
  private static final Tables.Names TABLE =
      new Tables.Names(
          "table-row", "table-cell", Set.of("table-rows", "table-header-rows", "table-row-group"));

  private final Xml xml;
  private final StyleSheet styles;
  private final LeftOut leftOut;

  OdtBody(Xml xml, StyleSheet styles, LeftOut leftOut) {
    this.xml = xml;
    this.styles = styles;
    this.leftOut = leftOut;
  }

  List<Block> read(InputStream in) throws XMLStreamException {
    XMLStreamReader reader = xml.open(in);
    Xml.root(reader);
    List<Block> blocks = new ArrayList<>();
    Xml.children(
        reader,
        name -> {
          switch (name) {
            case "automatic-styles" -> OdtStyles.read(reader, styles);
            case "body" ->
                Xml.children(
                    reader,
                    kind -> {
                      if (kind.equals("text")) {
                        blocks(reader, blocks);
                      } else {
                        Xml.skip(reader);
                      }
                    });
            default -> Xml.skip(reader);
          }
        });
    return blocks;
  }

  private void blocks(XMLStreamReader reader, List<Block> out) throws XMLStreamException {
    Xml.children(
        reader,
        name -> {
          switch (name) {
            case "p" -> out.add(paragraph(reader, false));
            case "h" -> out.add(paragraph(reader, true));
            case "list", "list-item", "list-header", "section" -> blocks(reader, out);
            case "table" -> Tables.read(reader, TABLE, this::blocks, out);
            case "tracked-changes" -> countDeletions(reader);
            default -> Xml.skip(reader);
          }
        });
  }

  private Block.Paragraph paragraph(XMLStreamReader reader, boolean heading)
      throws XMLStreamException {
    String style = Xml.attribute(reader, "style-name");
    List<Block.Run> runs = new ArrayList<>();
    content(reader, Boolean.TRUE.equals(styles.bold(style)), runs);
    return new Block.Paragraph(runs, heading || styles.isHeading(style));
  }

  private void content(XMLStreamReader reader, boolean bold, List<Block.Run> runs)
      throws XMLStreamException {
    Xml.mixed(
        reader,
        name -> {
          switch (name) {
            case "span" -> {
              Boolean own = styles.bold(Xml.attribute(reader, "style-name"));
              content(reader, own == null ? bold : own, runs);
            }
            case "a",
                "meta",
                "meta-field",
                "ruby",
                "ruby-base",
                "date",
                "time",
                "page-number",
                "sequence",
                "bookmark-ref",
                "reference-ref",
                "sequence-ref",
                "variable-get",
                "user-field-get",
                "author-name",
                "title",
                "subject",
                "chapter",
                "text-input" ->
                content(reader, bold, runs);
            case "s" -> {
              String count = Xml.attribute(reader, "c");
              runs.add(
                  new Block.Run(
                      " "
                          .repeat(
                              count == null || !count.matches("\\d{1,3}")
                                  ? 1
                                  : Integer.parseInt(count)),
                      bold));
              Xml.skip(reader);
            }
            case "tab" -> add(reader, runs, "\t", bold);
            case "line-break" -> add(reader, runs, "\n", bold);
            case "note" -> skip(reader, leftOut::note);
            case "annotation" -> skip(reader, leftOut::comment);
            case "frame", "custom-shape", "rect", "line", "ellipse", "g" ->
                skip(reader, leftOut::drawing);
            default -> Xml.skip(reader);
          }
        },
        text -> runs.add(new Block.Run(text.replaceAll("[ \\t\\r\\n]+", " "), bold)));
  }

  private static void add(XMLStreamReader reader, List<Block.Run> runs, String text, boolean bold)
      throws XMLStreamException {
    runs.add(new Block.Run(text, bold));
    Xml.skip(reader);
  }

  private static void skip(XMLStreamReader reader, Runnable count) throws XMLStreamException {
    count.run();
    Xml.skip(reader);
  }

  private void countDeletions(XMLStreamReader reader) throws XMLStreamException {
    Xml.children(
        reader,
        name -> {
          if (name.equals("changed-region")) {
            countDeletions(reader);
          } else {
            if (name.equals("deletion")) {
              leftOut.deletion();
            }
            Xml.skip(reader);
          }
        });
  }
}
