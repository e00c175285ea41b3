/**
 * Segment: a document into speaker turns and the respondent passages that are coded. Uses {@code
 * text} and {@code read}.
 */
package nl.waardevol.segment;
