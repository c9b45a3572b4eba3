package de.stammkunde.api.programme;

import de.stammkunde.domain.programme.ProgrammeQueries;
import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.shared.ShopId;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The product categories a shop has used, as suggestions when staff split a purchase or plan a promotion. */
@RestController
@PreAuthorize("hasAnyRole('OWNER', 'AGENT')")
class CategoryController {

    record CategoryList(List<String> items) {
    }

    private final ProgrammeQueries queries;
    private final Transactions tx;

    CategoryController(ProgrammeQueries queries, Transactions tx) {
        this.queries = queries;
        this.tx = tx;
    }

    @GetMapping("/api/v1/shops/{shopId}/categories")
    CategoryList categories(@PathVariable UUID shopId) {
        return new CategoryList(tx.read(() -> queries.knownCategories(new ShopId(shopId))));
    }
}
