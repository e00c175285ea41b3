/**
 * Write: reports, coded tables, agreement and transcripts in their formats, and the atomic output
 * that never leaves half a file. Uses every stage below it ({@code text} to {@code aggregate}, with
 * {@code table} and {@code agree}), never {@code pipeline} or {@code cli}.
 */
package nl.waardevol.write;
