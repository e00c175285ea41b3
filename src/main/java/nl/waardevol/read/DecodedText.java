package nl.waardevol.read;

/**
 * Text decoded from a file's bytes.
 *
 * @param text without byte-order mark, line endings normalised to {@code \n}
 * @param encoding how the bytes were decoded, for {@code inspect}: {@code UTF-8}, {@code UTF-8 with
 *     BOM}, {@code UTF-16LE with BOM}, {@code windows-1252}, ...
 */
public record DecodedText(String text, String encoding) {}
