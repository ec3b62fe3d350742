/**
 * The shared UI kit every feature's views build on: page header, notices, time formatting, the time-zone
 * field, field errors on a form. It is a named interface of {@code base} on purpose, not a package opened
 * to pass the module check: these pieces exist so that views of different features look and behave alike.
 */
@NamedInterface("ui")
package org.matchprep.base.ui;

import org.springframework.modulith.NamedInterface;
