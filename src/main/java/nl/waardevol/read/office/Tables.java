package nl.waardevol.read.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads a table row by row, in the element names of either format. */
final class Tables {
  /** The element names of a format's tables: row, cell, and groups that hold rows. */
  record Names(String row, String cell, Set<String> groups) {}

  /** Reads the blocks inside an element, such as a table cell. */
  @FunctionalInterface
  interface BlockReader {
    void read(XMLStreamReader reader, List<Block> out) throws XMLStreamException;
  }

  private Tables() {}

  /** Reads the table the reader is on into rows, each cell's content read by {@code blocks}. */
  static void read(XMLStreamReader reader, Names names, BlockReader blocks, List<Block> out)
      throws XMLStreamException {
    Xml.children(
        reader,
        name -> {
          if (name.equals(names.row())) {
            out.add(row(reader, names, blocks));
          } else if (names.groups().contains(name)) {
            read(reader, names, blocks, out);
          } else {
            Xml.skip(reader);
          }
        });
  }

  private static Block.Row row(XMLStreamReader reader, Names names, BlockReader blocks)
      throws XMLStreamException {
    List<List<Block.Paragraph>> cells = new ArrayList<>();
    Xml.children(
        reader,
        name -> {
          if (name.equals(names.cell())) {
            List<Block> inner = new ArrayList<>();
            blocks.read(reader, inner);
            cells.add(Block.paragraphs(inner));
          } else {
            Xml.skip(reader);
          }
        });
    return new Block.Row(cells);
  }
}
