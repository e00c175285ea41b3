package nl.waardevol.segment;

/**
 * A speaker turn, interviewer's or respondent's.
 *
 * @param speaker the label as written
 * @param interviewer whether it is taken as the interviewer's
 * @param time the time stamp before the label ({@code 00:01:23}), empty when there is none
 * @param start character offset of the turn's label line in the document text
 */
public record Turn(String speaker, boolean interviewer, String time, int start) {}
