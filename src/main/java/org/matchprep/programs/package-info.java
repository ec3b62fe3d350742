/**
 * The program catalogue the advising office keeps (programs, their settings and dated IMG-friendliness
 * evidence), which applicants' shortlists and fit scores read. Everyone signed in reads it; admins and
 * the mentors an admin allows write it.
 */
package org.matchprep.programs;
