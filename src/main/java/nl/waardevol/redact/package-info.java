/**
 * Pseudonymisation of transcripts and coded passages: names, identifiers and private terms become
 * placeholders. Uses {@code text}, {@code read}, {@code segment} and {@code code} (it rewrites
 * coded passages); the pipeline hands documents in, so it needs nothing above.
 */
package nl.waardevol.redact;
