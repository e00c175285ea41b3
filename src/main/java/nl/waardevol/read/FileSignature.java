package nl.waardevol.read;

import java.nio.charset.StandardCharsets;

/**
 * What a file's first bytes say it is, so that content that contradicts its extension (a {@code
 * .txt} that is a zip, a {@code .docx} that is not) is refused with a clear message instead of
 * being read as garbage.
 */
public enum FileSignature {
  ZIP("a zip archive, as a Word .docx or an .odt file is"),
  OLE2("an old Word .doc or Excel .xls file, or a password-protected document"),
  PDF("a PDF"),
  RTF("a Rich Text (.rtf) file"),
  OTHER("");

  private final String description;

  FileSignature(String description) {
    this.description = description;
  }

  /** What the file is, for messages; empty for {@link #OTHER}. */
  public String description() {
    return description;
  }

  public static FileSignature of(byte[] bytes) {
    if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})
        || startsWith(bytes, new byte[] {'P', 'K', 5, 6})) {
      return ZIP;
    }
    if (startsWith(
        bytes,
        new byte[] {
          (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        })) {
      return OLE2;
    }
    if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return PDF;
    }
    if (startsWith(bytes, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
      return RTF;
    }
    return OTHER;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
