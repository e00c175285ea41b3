package nl.waardevol.redact;

/**
 * A transcript pseudonymised whole, and what its passages need to be pseudonymised as the copy is.
 *
 * @param shared the copy and its key, as {@code redact} writes them
 * @param pseudonymiser the document's, with every placeholder of the copy numbered
 * @param text the text's redaction, of which each passage is a part
 * @param language the language the text was read in (nl, en)
 */
record DocumentRedaction(
    RedactedDocument shared, Pseudonymiser pseudonymiser, Redaction text, String language) {}
