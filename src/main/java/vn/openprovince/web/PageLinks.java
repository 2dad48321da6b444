package vn.openprovince.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to another page of the list being shown, keeping every filter of the current request; templates
 * call it as {@code ${pageLinks.to(n)}} (a model attribute of every page) through the layout's pager.
 */
public class PageLinks {

    /** The current path and query with {@code page} set to the given page (from 0). */
    public String to(int page) {
        var current = ServletUriComponentsBuilder.fromCurrentRequest().build();
        return ServletUriComponentsBuilder.fromPath(current.getPath()).query(current.getQuery())
                .replaceQueryParam("page", page).build().toUriString();
    }
}
