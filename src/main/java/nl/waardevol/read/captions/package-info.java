/** WebVTT and SRT caption files as transcripts, part of {@code read}. */
package nl.waardevol.read.captions;
