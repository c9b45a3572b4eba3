package de.stammkunde.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import de.stammkunde.api.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Begrüßen when nobody is there: the owner sets business hours per weekday; a customer's request outside them gets
 * an automatic e-mail at once (received, its number, when the shop opens again) — once — and the timeline says so.
 * Inside them, and for cases staff open, no mail: the agent greets personally.
 */
class RequestsOutsideBusinessHoursAreAcknowledgedByMail extends ApiTest {
    @Test
    void aRequestWhileTheShopIsClosedIsAcknowledgedOnceWithTheNextOpening() throws Exception {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        ApiClient portal = fixtures().customerSession(customer);
        portal.put("/api/v1/portal/language", Map.of("language", "de"));
        DayOfWeek openDay = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(3).getDayOfWeek();
        var set = shop.owner().put(shop.path("/business-hours"), Map.of("days",
                List.of(Map.of("day", openDay.name(), "opens", "09:00", "closes", "12:30"))));
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        assertThat(set.json().at("/openNow").asBoolean()).isFalse();
        assertThat(set.text("/nextOpening")).isNotBlank();
        assertThat(fixtures().agentSession(shop).get(shop.path("/business-hours")).json().at("/days/0/day")
                .asString()).as("agents see the hours").isEqualTo(openDay.name());

        var opened = portal.post("/api/v1/portal/requests", Map.of("subject", "Torte falsch beschriftet"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        List<MimeMessage> mails = acknowledgements(customer.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Wir haben Ihre Anfrage erhalten (Nr. 1)");
        String body = ((String) mails.getFirst().getContent()).replace("\r\n", "\n");
        assertThat(body).contains("„Torte falsch beschriftet“").contains("Gerade haben wir geschlossen; ab ")
                .contains("09:00").containsPattern("/portal/login\\?shop=" + shop.slug());
        String casePath = shop.path("/cases/" + opened.text("/id"));
        var detail = shop.owner().get(casePath).json();
        assertThat(detail.at("/timeline").findValuesAsString("kind")).containsExactly("OPENED", "AUTO_ACKNOWLEDGED");
        assertThat(detail.at("/step").asString()).as("the personal greeting is still due").isEqualTo("GREET");
        assertThat(acknowledgements(customer.email())).as("sent once").hasSize(1);

        shop.owner().post(shop.path("/cases"), Map.of("customerId", customer.customerId(), "subject", "Am Telefon",
                "category", "OTHER", "severity", "LOW", "channel", "PHONE"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(acknowledgements(customer.email())).as("a case staff opened needs none").hasSize(1);
    }

    @Test
    void aRequestDuringBusinessHoursIsNotAcknowledgedAutomaticallyAndBadHoursAreRefused() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        List<Map<String, String>> always = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            always.add(Map.of("day", day.name(), "opens", "00:00", "closes", "23:59"));
        }
        assertThat(shop.owner().put(shop.path("/business-hours"), Map.of("days", always)).status()).isEqualTo(200);
        fixtures().customerSession(customer).post("/api/v1/portal/requests", Map.of("subject", "Frage"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(acknowledgements(customer.email())).isEmpty();

        var backwards = shop.owner().put(shop.path("/business-hours"), Map.of("days",
                List.of(Map.of("day", "MONDAY", "opens", "18:00", "closes", "09:00"))));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.json().at("/errors").findValuesAsString("field")).contains("days[0].closes");
        var twice = shop.owner().put(shop.path("/business-hours"), Map.of("days", List.of(
                Map.of("day", "MONDAY", "opens", "08:00", "closes", "09:00"),
                Map.of("day", "MONDAY", "opens", "10:00", "closes", "11:00"))));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().at("/errors").findValuesAsString("field")).contains("days[1].day");
        assertThat(shop.owner().put(shop.path("/business-hours"), Map.of("days",
                List.of(Map.of("day", "FUNDAY", "opens", "08:00", "closes", "09:00")))).status()).isEqualTo(400);
        assertThat(shop.owner().get(shop.path("/business-hours")).json().at("/days").size())
                .as("the refused hours changed nothing").isEqualTo(7);
        assertThat(fixtures().agentSession(shop).put(shop.path("/business-hours"), Map.of("days", always)).status())
                .isEqualTo(403);
    }

    private List<MimeMessage> acknowledgements(String address) {
        mailbox().count(address);
        mailbox().count(address);
        return TestMailServer.mailsTo(address).stream().filter(m -> {
            try {
                return m.getSubject().contains("(Nr.") || m.getSubject().contains("(no.");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
