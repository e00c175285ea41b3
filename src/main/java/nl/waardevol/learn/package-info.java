/**
 * Learned models beside the rules: features of a coded passage, maximum-entropy models per lens,
 * per code and for stance, their training, cross-validation and file format. Called by {@code
 * code}; reads and writes streams only, never files.
 */
package nl.waardevol.learn;
