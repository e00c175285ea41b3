/** Word (.docx) and OpenDocument (.odt) transcripts, part of {@code read}. */
package nl.waardevol.read.office;
