package nl.waardevol.exchange;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import nl.waardevol.codebook.Category;
import nl.waardevol.codebook.Code;
import nl.waardevol.codebook.Codebook;
import org.w3c.dom.Element;

/**
 * The code tree as the REFI-QDA formats hold it, in a codebook file and inside a project alike:
 * each category (lens) a parent code that is not itself codable, its codes beneath it, all in the
 * colour of their lens.
 */
final class CodeTree {
  /** Okabe and Ito's colours, told apart also by colour-blind readers; one per lens, in turn. */
  private static final List<String> LENS_COLOURS =
      List.of("#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00", "#F0E442");

  private CodeTree() {}

  static void write(XmlOut xml, Codebook codebook) throws XMLStreamException {
    xml.start("Codes");
    for (int i = 0; i < codebook.categories().size(); i++) {
      Category category = codebook.categories().get(i);
      String colour = LENS_COLOURS.get(i % LENS_COLOURS.size());
      xml.start(
          "Code",
          attributes(
              Guids.category(category.id()), category.label(codebook.language()), false, colour));
      if (!category.description().isBlank()) {
        xml.element("Description", category.description().strip());
      }
      for (Code code : category.codes()) {
        String[] attributes =
            attributes(Guids.code(code.id()), code.label(codebook.language()), true, colour);
        if (code.description().isBlank()) {
          xml.empty("Code", attributes);
        } else {
          xml.start("Code", attributes).element("Description", code.description().strip()).end();
        }
      }
      xml.end();
    }
    xml.end();
  }

  private static String[] attributes(String guid, String name, boolean codable, String colour) {
    return new String[] {
      "guid", guid, "name", name, "isCodable", Boolean.toString(codable), "color", colour
    };
  }

  /** The codes below a {@code Codes} (or {@code Code}) element, depth first. */
  static List<QdaCode> read(Element parent) {
    List<QdaCode> codes = new ArrayList<>();
    for (Element code : XmlIn.children(parent, "Code")) {
      codes.add(
          new QdaCode(
              code.getAttribute("guid"),
              code.getAttribute("name").strip(),
              XmlIn.childText(code, "Description").strip(),
              // The standard's default: a code is codable unless it says otherwise.
              !"false".equals(code.getAttribute("isCodable").strip()),
              read(code)));
    }
    return codes;
  }
}
