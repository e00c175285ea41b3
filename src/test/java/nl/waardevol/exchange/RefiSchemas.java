package nl.waardevol.exchange;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Validates XML against the official REFI-QDA schemas, found in {@code ../shared/refi-qda/} next to
 * the project (or where the system property {@code waardevol.refiqda} points). Where they are
 * absent, as in a plain clone, the calling test is skipped with a message.
 */
public final class RefiSchemas {
  public static final String PROJECT = "Project-mrt2019.xsd";
  public static final String CODEBOOK = "Codebook.xsd";

  private RefiSchemas() {}

  /**
   * Fails the test with the validator's message (line and column) when {@code xml} is not valid.
   */
  public static void validate(byte[] xml, String schemaName) throws IOException {
    Path schema = schema(schemaName);
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory
          .newSchema(schema.toFile())
          .newValidator()
          .validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXException e) {
      throw new AssertionError("not valid against " + schemaName + ": " + e.getMessage(), e);
    }
  }

  /** The schema file; skips the calling test where it is absent. */
  public static Path schema(String name) {
    Path schema = folder().resolve(name);
    assumeTrue(
        Files.isRegularFile(schema),
        "REFI-QDA schema "
            + schema
            + " not found; validation skipped (set -Dwaardevol.refiqda=DIR to run it)");
    return schema;
  }

  private static Path folder() {
    String property = System.getProperty("waardevol.refiqda");
    return property != null ? Path.of(property) : Path.of("..", "shared", "refi-qda");
  }
}
