package org.matchprep.programs;

/** What an import did: programs added, and programs already in the catalogue (same name) brought up to date. */
public record ImportResult(int added, int updated) {
}
