package de.stammkunde.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.customer.AcquisitionChannel;
import de.stammkunde.domain.customer.Customer;
import de.stammkunde.domain.overview.CustomerWithBalance;
import de.stammkunde.domain.shared.Actor;
import de.stammkunde.domain.shared.CustomerId;
import de.stammkunde.domain.shop.Shop;
import de.stammkunde.persistence.PersistenceTestSupport;
import de.stammkunde.persistence.shop.ShopPersistence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchForgivesGermanSpellings {
    private final DSLContext dsl = PersistenceTestSupport.dsl();
    private final de.stammkunde.domain.customer.Customers customers = CustomerPersistence.customers(dsl);
    private final de.stammkunde.domain.overview.CustomerListing listing = CustomerPersistence.listing(dsl);
    private Shop shop;

    @BeforeEach
    void aShopWithCustomers() {
        shop = PersistenceTestSupport.newShop(dsl);
        add("Jürgen", "Müller", "juergen.mueller@example.de", "+49 171 2345678");
        add("Hans", "Mueller", null, null);
        add("Käthe", "Strauß", null, "030 / 98 76 54");
        add("José", "Özdemir", "JOSE@EXAMPLE.DE", null);
        add("Anna", "Schmidt_100%", null, null);
    }

    @Test
    void umlautsAndTheirSpellingsFindEachOther() {
        assertThat(lastNames("müller")).containsExactly("Mueller", "Müller");
        assertThat(lastNames("MUELLER")).containsExactly("Mueller", "Müller");
        assertThat(lastNames("jürgen mü")).containsExactly("Müller");
        assertThat(lastNames("Muller")).as("umlaut without its e").containsExactly("Müller");
        assertThat(lastNames("jurgen")).containsExactly("Müller");
        assertThat(lastNames("strasse")).isEmpty();
        assertThat(lastNames("Strauss")).containsExactly("Strauß");
        assertThat(lastNames("kaethe")).containsExactly("Strauß");
        assertThat(lastNames("Oezdemir")).containsExactly("Özdemir");
        assertThat(lastNames("jose")).as("accents dropped, e-mail too").containsExactly("Özdemir");
    }

    @Test
    void phoneNumbersMatchByTheirDigits() {
        assertThat(lastNames("0171 2345678")).containsExactly("Müller");
        assertThat(lastNames("+49 (171) 234-5678")).containsExactly("Müller");
        assertThat(lastNames("030 987654")).containsExactly("Strauß");
        assertThat(lastNames("98 76")).containsExactly("Strauß");
        assertThat(lastNames("+49 30 987654")).as("stored with the national 0").containsExactly("Strauß");
        assertThat(lastNames("0049 171 2345678")).containsExactly("Müller");
    }

    @Test
    void likeWildcardsAreJustCharacters() {
        assertThat(lastNames("_100%")).containsExactly("Schmidt_100%");
        assertThat(lastNames("%")).containsExactly("Schmidt_100%");
        assertThat(JooqCustomerListing.phoneDigits("0171")).isEqualTo("171");
        assertThat(JooqCustomerListing.phoneDigits("0049 171 23")).isEqualTo("17123");
        assertThat(JooqCustomerListing.phoneDigits("+44 20 7946")).isEqualTo("44207946");
        assertThat(JooqCustomerListing.phoneDigits("Müller")).isNull();
        assertThat(JooqCustomerListing.phoneDigits("12")).as("too short to mean a phone").isNull();
    }

    private List<String> lastNames(String query) {
        return listing.search(shop.id(), query, 0, 50).items().stream()
                .map(CustomerWithBalance::customer).map(Customer::lastName).sorted().toList();
    }

    private void add(String first, String last, String email, String phone) {
        Customer customer = new Customer(shop.id(), CustomerId.newId(),
                ShopPersistence.shops(dsl).nextCustomerNumber(shop.id()), first, last,
                email == null ? null : email.toLowerCase(java.util.Locale.ROOT), phone, AcquisitionChannel.IN_STORE,
                LocalDate.of(2025, 1, 1), false, Instant.now(), null);
        assertThat(customers.add(customer, Actor.SYSTEM)).isTrue();
    }
}
