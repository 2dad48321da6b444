/** The ratings API, the applicant's rating page on the portal and the officials' satisfaction page. */
package vn.openprovince.rating.web;
