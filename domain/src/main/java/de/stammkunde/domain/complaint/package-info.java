/**
 * Complaint cases: the customer interaction cycle (Begrüßen → Verstehen → Vereinbaren → Liefern → Abschließen) as
 * an explicit state machine ({@link de.stammkunde.domain.complaint.CaseLifecycle}), one owner at a time with every
 * hand-off counted, reopening recorded, and a timeline of everything that happened to a case.
 */
@NullMarked
package de.stammkunde.domain.complaint;

import org.jspecify.annotations.NullMarked;
