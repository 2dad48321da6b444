/** Holiday rules, the official schedule's storage, working hours and the deadline arithmetic behind the API. */
package vn.openprovince.calendar.internal;
