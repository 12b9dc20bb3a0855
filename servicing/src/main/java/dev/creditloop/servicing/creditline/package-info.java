/**
 * Credit lines (授信额度): the permanent and temporary limit, the outstanding principal drawn on them,
 * what is available, and the line's status. A drawdown reserves from the line, repaid principal
 * restores it (循环额度), and every limit or status change is recorded with who and why.
 */
package dev.creditloop.servicing.creditline;
