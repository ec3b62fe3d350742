package org.matchprep.programs;

/** Why one line of an imported file was refused; line 1 is the header. */
public record ImportProblem(long line, String message) {

    @Override
    public String toString() {
        return "Line " + line + ": " + message;
    }
}
