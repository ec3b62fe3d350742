/**
 * Practising aloud (decision 020): applicants record spoken answers in the browser, see how long they spoke,
 * how long they paused and how that compares with the target, keep every attempt, and share a recording with
 * a mentor, who comments at a moment of it through the review stack. The bytes live in PostgreSQL and are
 * streamed in and out in chunks.
 */
package org.matchprep.practice;
