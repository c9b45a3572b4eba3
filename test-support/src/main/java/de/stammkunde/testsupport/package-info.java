@NullMarked
package de.stammkunde.testsupport;

import org.jspecify.annotations.NullMarked;
