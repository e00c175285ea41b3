package nl.waardevol.segment;

/**
 * One respondent paragraph (or part of a long one): the unit that is coded.
 *
 * @param number 1-based position among the document's passages
 * @param speaker the speaker label as written, empty for unlabelled text
 * @param start character offset in the document text of the passage's first character
 * @param end character offset just after its last character
 * @param text the passage with runs of white space folded to one space
 * @param question the interviewer turn before it, as context; empty when there is none
 */
public record Passage(
    int number, String speaker, int start, int end, String text, String question) {}
