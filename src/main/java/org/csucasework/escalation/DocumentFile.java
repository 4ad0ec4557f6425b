package org.csucasework.escalation;

/** A document's file, for download by someone who may see its case. */
public record DocumentFile(String fileName, byte[] content) {
}
