package vn.openprovince.identity.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.identity.internal.ApiClientService;
import vn.openprovince.identity.internal.ApiClientService.ApiClientView;
import vn.openprovince.identity.internal.ApiClientService.NewApiClient;

/** Registered client systems and their bearer tokens; system administrators only. */
@RestController
@RequestMapping("/api/v1/api-clients")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
@Tag(name = "API clients", description = "Hệ thống kết nối")
class ApiClientsApi {

    private final ApiClientService clients;

    ApiClientsApi(ApiClientService clients) {
        this.clients = clients;
    }

    @GetMapping
    Page<ApiClientView> clients(@PageableDefault(size = 20) Pageable page) {
        return clients.clients(PageRequest.of(page.getPageNumber(), page.getPageSize()));
    }

    /** The response carries the token; it is shown this once and only its hash is stored. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiClientView register(@Valid @RequestBody NewApiClient input) {
        return clients.register(input);
    }

    @DeleteMapping("/{id}")
    ApiClientView revoke(@PathVariable UUID id) {
        return clients.revoke(id);
    }
}
