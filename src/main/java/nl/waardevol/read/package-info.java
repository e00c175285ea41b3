/**
 * Read: inputs (files, folders, standard input) into {@link nl.waardevol.read.Document}s with their
 * metadata, whatever the format, and the first line that tells a coded table from a transcript. Its
 * subpackages read Word/OpenDocument, captions and survey tables. Uses {@code text} only.
 */
package nl.waardevol.read;
