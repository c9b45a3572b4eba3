/**
 * Purchase-history import: a shop brings its past sales from the till or web shop as CSV. The upload is checked as
 * a whole (UTF-8, not binary, a header naming the columns) and kept in the database before a job processes it in
 * batches, each batch one transaction with the job's progress, so a restart resumes where it was; rows are found
 * again by their import key, so a re-import (of the same or an overlapping file) creates no duplicates. Bad rows are
 * skipped and listed with line number and reason while the good ones import.
 */
@NullMarked
package de.stammkunde.domain.history;

import org.jspecify.annotations.NullMarked;
