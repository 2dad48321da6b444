/** The calendar's HTTP API: public, rate-limited look-ups and the administrators' official schedule. */
package vn.openprovince.calendar.web;
