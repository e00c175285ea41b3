package nl.waardevol.read.captions;

/**
 * What one caption line says, after its tags are gone.
 *
 * @param start seconds from the start of the recording
 * @param voice the speaker a {@code <v Name>} tag names, or null
 * @param prefix a name before a colon ({@code Name: text}), or null; whether it is a speaker is
 *     decided for the whole file
 * @param text the line's text without voice tag
 * @param afterPrefix the text after the name and colon, when {@code prefix} is set
 */
record Cue(double start, String voice, String prefix, String text, String afterPrefix) {}
