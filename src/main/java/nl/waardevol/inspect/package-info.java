/**
 * What {@code inspect} shows of each input: format, encoding, metadata, turns and passages. Uses
 * {@code text}, {@code read}, {@code segment}, {@code code} and {@code pipeline}.
 */
package nl.waardevol.inspect;
