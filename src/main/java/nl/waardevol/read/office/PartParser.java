package nl.waardevol.read.office;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import nl.waardevol.read.InputProblem;

/** Parses one XML part of an archive into a value. */
@FunctionalInterface
interface PartParser<T> {
  T parse(InputStream in) throws XMLStreamException;

  /** Parses the part, or returns {@code absent} when the archive does not have it. */
  static <T> T read(OfficeZip zip, String part, T absent, PartParser<T> parser)
      throws InputProblem {
    try (InputStream in = zip.part(part)) {
      return in == null ? absent : parser.parse(in);
    } catch (Xml.LimitReached e) {
      throw zip.refused(e);
    } catch (XMLStreamException | RuntimeException e) {
      throw zip.broken(part, e);
    } catch (IOException e) {
      throw zip.tooLarge(e);
    }
  }
}
