/** The portal's pages (no sign-in) under {@value vn.openprovince.portal.web.PortalPages#BASE}. */
package vn.openprovince.portal.web;
