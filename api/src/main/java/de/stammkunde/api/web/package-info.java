@NullMarked
package de.stammkunde.api.web;

import org.jspecify.annotations.NullMarked;
