/**
 * The command line, a thin layer over the packages below: picocli commands that parse options, run
 * the pipeline and hand results to the writers. May use every package; none uses it. Only {@link
 * nl.waardevol.cli.Main} exits the JVM.
 */
package nl.waardevol.cli;
