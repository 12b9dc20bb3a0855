/** Fast multi-row writes (COPY on PostgreSQL) for the daily close, the simulator and benchmarks. */
package dev.creditloop.app.bulk;
