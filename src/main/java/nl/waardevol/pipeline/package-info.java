/**
 * The pipeline: read, segment and code a batch on several threads, in input order, with coded
 * tables and projects joining it; every command that reads inputs runs through it. Uses {@code
 * text}, {@code codebook}, {@code read}, {@code segment}, {@code code} and {@code table}.
 */
package nl.waardevol.pipeline;
