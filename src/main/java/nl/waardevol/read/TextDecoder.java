package nl.waardevol.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file: UTF-8 (with or without byte-order mark), UTF-16 with a
 * byte-order mark, or Windows-1252 (which covers the letters of ISO-8859-1), as saved by old
 * Windows tools; or one forced encoding. Bytes that fit none of these are refused, never decoded
 * into mojibake: also another code page whose bytes happen to decode as Windows-1252 (see {@link
 * Windows1252Words}), UTF-8 mixed with another encoding, and a byte-order mark that contradicts the
 * forced encoding.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int BINARY_PROBE = 8000;

  /**
   * Western text has few non-ASCII letters; far more means another script or encoding. A few are
   * allowed whatever the share, so that a short text such as "één" still passes.
   */
  private static final double MAX_HIGH_SHARE = 0.25;

  private static final int HIGH_ALWAYS_ALLOWED = 8;

  private final Charset forced;

  /** {@code forced} is the encoding to use, or null to detect it. */
  public TextDecoder(Charset forced) {
    this.forced = forced;
  }

  /**
   * @param what what the file should be, for messages: "text transcript", "text table"
   */
  public DecodedText decode(byte[] bytes, String source, String what) throws InputProblem {
    FileSignature signature = FileSignature.of(bytes);
    if (signature != FileSignature.OTHER) {
      throw new InputProblem(
          source,
          0,
          "is "
              + signature.description()
              + ", not a "
              + what
              + "; give it the extension of what it is, or save it as text or .docx");
    }
    if (forced != null) {
      refuseContradictingBom(bytes, source);
      return new DecodedText(
          strict(bytes, 0, forced, source, forced.name() + " (as --encoding says)"), forced.name());
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new DecodedText(
          strict(bytes, 3, StandardCharsets.UTF_8, source, "UTF-8"), "UTF-8 with BOM");
    }
    if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      throw new InputProblem(
          source, 0, "is UTF-32 text, which waardevol does not read; save it as UTF-8");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new DecodedText(
          strict(bytes, 2, StandardCharsets.UTF_16LE, source, "UTF-16"), "UTF-16LE with BOM");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new DecodedText(
          strict(bytes, 2, StandardCharsets.UTF_16BE, source, "UTF-16"), "UTF-16BE with BOM");
    }
    refuseBinary(bytes, source, what);
    int invalid = firstInvalidUtf8(bytes);
    if (invalid < 0) {
      return new DecodedText(normalise(new String(bytes, StandardCharsets.UTF_8)), "UTF-8");
    }
    return new DecodedText(windows1252(bytes, invalid, source), "windows-1252");
  }

  /**
   * A byte-order mark says the encoding for certain; one the forced encoding does not read as a
   * byte-order mark (a UTF-16 file with --encoding windows-1252) would give garbage, so the file is
   * refused rather than silently read either way.
   */
  private void refuseContradictingBom(byte[] bytes, String source) throws InputProblem {
    for (Bom bom : Bom.values()) {
      if (startsWith(bytes, bom.bytes)) {
        String read = new String(bytes, 0, bom.bytes.length, forced);
        if (!read.isEmpty() && !read.equals("\uFEFF")) {
          throw new InputProblem(
              source,
              1,
              "starts with a "
                  + bom.name
                  + " byte-order mark, but --encoding says "
                  + forced.name()
                  + "; leave --encoding out for this file (its encoding is then found from the mark)");
        }
        return;
      }
    }
  }

  /** The byte-order marks of the encodings read without --encoding. */
  private enum Bom {
    UTF_8("UTF-8", 0xEF, 0xBB, 0xBF),
    UTF_16LE("UTF-16LE", 0xFF, 0xFE),
    UTF_16BE("UTF-16BE", 0xFE, 0xFF);

    final String name;
    final int[] bytes;

    Bom(String name, int... bytes) {
      this.name = name;
      this.bytes = bytes;
    }
  }

  private static void refuseBinary(byte[] bytes, String source, String what) throws InputProblem {
    int probe = Math.min(bytes.length, BINARY_PROBE);
    int evenNuls = 0;
    int oddNuls = 0;
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          evenNuls++;
        } else {
          oddNuls++;
        }
      }
    }
    if (evenNuls + oddNuls == 0) {
      return;
    }
    int half = probe / 2;
    if (oddNuls > half * 0.4 && evenNuls == 0) {
      throw new InputProblem(
          source,
          0,
          "looks like UTF-16 text without a byte-order mark; read it with --encoding UTF-16LE, or save it as UTF-8");
    }
    if (evenNuls > half * 0.4 && oddNuls == 0) {
      throw new InputProblem(
          source,
          0,
          "looks like UTF-16 text without a byte-order mark; read it with --encoding UTF-16BE, or save it as UTF-8");
    }
    throw new InputProblem(
        source, 0, "is a binary file, not a " + what + "; save it as UTF-8 text or leave it out");
  }

  private static String strict(byte[] bytes, int from, Charset charset, String source, String name)
      throws InputProblem {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out =
        CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = out.flip().toString().split("\n", -1).length;
      throw new InputProblem(
          source,
          line,
          "is not valid "
              + name
              + "; save the file as UTF-8, or name its encoding with --encoding");
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return normalise(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static String windows1252(byte[] bytes, int invalid, String source) throws InputProblem {
    if (isMixedWithUtf8(bytes)) {
      throw new InputProblem(
          source,
          lineOf(bytes, invalid),
          "mixes UTF-8 with another encoding: this is the first line that is not UTF-8; save the file as UTF-8 again, or name its encoding with --encoding");
    }
    int high = 0;
    int visible = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D || isControl(b)) {
        throw unknownEncoding(bytes, i, source);
      }
      if (b >= 0x80) {
        high++;
      }
      if (b > ' ') {
        visible++;
      }
    }
    if (high > Math.max(HIGH_ALWAYS_ALLOWED, visible * MAX_HIGH_SHARE)) {
      throw unknownEncoding(bytes, invalid, source);
    }
    String text = new String(bytes, WINDOWS_1252);
    int implausible = Windows1252Words.firstImplausible(text);
    if (implausible >= 0) {
      String word = Windows1252Words.wordAt(text, implausible);
      throw new InputProblem(
          source,
          lineOf(bytes, implausible),
          "is in a code page other than UTF-8 or Windows-1252 ('"
              + word
              + "' would come out garbled); name its encoding with --encoding, for example ISO-8859-15, cp850, windows-1250 or KOI8-R, or save the file as UTF-8");
    }
    return normalise(text);
  }

  private static boolean isControl(int b) {
    return b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A;
  }

  private static InputProblem unknownEncoding(byte[] bytes, int offset, String source) {
    return new InputProblem(
        source,
        lineOf(bytes, offset),
        "is not UTF-8, UTF-16 or Windows-1252 text; save the file as UTF-8, or name its encoding with --encoding");
  }

  /** The offset of the first byte that does not decode as UTF-8, or -1. */
  private static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    return decoder.decode(in, out, true).isError() ? in.position() : -1;
  }

  /**
   * Whether most non-ASCII bytes form UTF-8 characters, some of them typical of UTF-8 text: Latin
   * letters and signs (C2, C3 or C5 and a continuation byte) or punctuation, the euro and trademark
   * signs (E2 80, 82 or 84 and a continuation byte). Read as Windows-1252 these are "Ã©", "â€œ" and
   * the like, which no one types. A real Windows-1252 "‘CAFÉ’" (C9 92) is no such character, and
   * another encoding (Shift_JIS) has most of its bytes outside UTF-8 characters.
   */
  private static boolean isMixedWithUtf8(byte[] bytes) {
    int typical = 0;
    int inUtf8 = 0;
    int outside = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int length = b < 0x80 ? 1 : utf8Length(bytes, i);
      if (length > 1) {
        int next = bytes[i + 1] & 0xFF;
        typical +=
            b == 0xC2
                    || b == 0xC3
                    || b == 0xC5
                    || b == 0xE2 && (next == 0x80 || next == 0x82 || next == 0x84)
                ? 1
                : 0;
        inUtf8 += length;
        i += length;
      } else {
        outside += b < 0x80 ? 0 : 1;
        i++;
      }
    }
    return typical > 0 && inUtf8 >= outside;
  }

  /** The length of the well-formed UTF-8 character at {@code i}, or 0. */
  private static int utf8Length(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
    int length =
        b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    if (length == 0 || i + length > bytes.length) {
      return 0;
    }
    for (int k = 1; k < length; k++) {
      if (!isContinuation(bytes[i + k] & 0xFF)) {
        return 0;
      }
    }
    return length;
  }

  private static boolean isContinuation(int b) {
    return (b & 0xC0) == 0x80;
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code \r\n} and {@code \r} become {@code \n}, so that offsets count the same on every system.
   */
  public static String normalise(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
