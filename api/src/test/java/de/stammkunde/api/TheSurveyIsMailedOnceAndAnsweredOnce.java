package de.stammkunde.api;

import static de.stammkunde.persistence.jooq.Tables.COMPLAINT_CASE;
import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.api.complaint.SurveyJob;
import de.stammkunde.api.support.ApiClient;
import de.stammkunde.api.support.ApiTest;
import de.stammkunde.api.support.Fixtures;
import de.stammkunde.api.support.TestMailServer;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Abschließen, a day later: the customer gets the follow-up survey by mail — once per case, also when the case is
 * reopened and closed again — with a one-time link to a page that needs no login; answered once.
 */
class TheSurveyIsMailedOnceAndAnsweredOnce extends ApiTest {
    @Autowired
    DSLContext dsl;
    @Autowired
    SurveyJob surveys;

    @Test
    void aDayAfterClosingTheCustomerIsAskedOnceAndAnswersOnce() {
        Fixtures.ShopContext shop = fixtures().newShop();
        var customer = fixtures().newCustomer(shop);
        ApiClient owner = shop.owner();
        String id = owner.post(shop.path("/cases"), Map.of("customerId", customer.customerId(), "subject",
                "Torte falsch beschriftet", "category", "PRODUCT_QUALITY", "severity", "HIGH", "channel",
                "IN_STORE"), once()).text("/id");
        String path = shop.path("/cases/" + id);
        owner.post(path + "/acknowledgement", Map.of(), once());
        owner.post(path + "/understanding", Map.of("facts", "Anne statt Anna", "expectation", "Neue Torte"), once());
        owner.post(path + "/agreement", Map.of("optionsOffered", "Neue Torte", "agreement", "Neue Torte"), once());
        owner.post(path + "/delivery", null, once());
        assertThat(owner.post(path + "/closing", Map.of("satisfaction", 4), once()).text("/step")).isEqualTo("CLOSED");

        surveys.runNow();
        assertThat(surveyMails(customer.email())).as("not on the day of closing").isZero();
        closedHoursAgo(id, 25);
        surveys.runNow();
        assertThat(surveyMails(customer.email())).isEqualTo(1);
        String link = mailbox().link(customer.email(), "/survey/");
        String token = link.substring("/survey/".length());

        owner.post(path + "/reopening", Map.of("reason", "Schrift verwischt"), once());
        owner.post(path + "/understanding", Map.of("facts", "verwischt", "expectation", "Neue Torte"), once());
        owner.post(path + "/agreement", Map.of("optionsOffered", "Neue Torte", "agreement", "Neue Torte"), once());
        owner.post(path + "/delivery", null, once());
        owner.post(path + "/closing", Map.of(), once());
        closedHoursAgo(id, 30);
        surveys.runNow();
        assertThat(surveyMails(customer.email())).as("once per case").isEqualTo(1);

        ApiClient anyone = newClient();
        var page = anyone.get("/api/v1/surveys/" + token);
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        assertThat(page.text("/subject")).isEqualTo("Torte falsch beschriftet");
        assertThat(page.json().at("/answered").asBoolean()).isFalse();
        var bad = anyone.post("/api/v1/surveys/" + token, Map.of("satisfaction", 9));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors").findValuesAsString("field")).as(bad.raw()).contains("satisfaction");
        var answered = anyone.post("/api/v1/surveys/" + token, Map.of("expectedQuality", 4, "perceivedQuality", 5,
                "satisfaction", 5, "effort", 1, "comment", "Sehr nett gelöst"));
        assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
        var twice = anyone.post("/api/v1/surveys/" + token, Map.of("satisfaction", 1));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("/code")).isEqualTo("survey-answered");
        assertThat(anyone.get("/api/v1/surveys/" + token).json().at("/answered").asBoolean()).isTrue();
        assertThat(anyone.get("/api/v1/surveys/" + token.substring(1) + "x").status()).isEqualTo(404);

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        var report = owner.get(shop.path("/service-report?from=" + today.minusDays(40) + "&to=" + today));
        assertThat(report.status()).as(report.raw()).isEqualTo(200);
        var json = report.json();
        long answers = 0;
        long opened = 0;
        for (var month : json.at("/months")) {
            answers += month.at("/answers").asLong();
            opened += month.at("/opened").asLong();
        }
        assertThat(answers).isEqualTo(1);
        assertThat(opened).isEqualTo(1);
        assertThat(json.at("/verdicts/HIGHLY_SATISFIED").asLong()).as("expected 4, perceived 5").isEqualTo(1);
        assertThat(json.at("/byCategory/PRODUCT_QUALITY").asLong()).isEqualTo(1);
        assertThat(json.at("/handoffs/cases").asLong()).isEqualTo(1);
        assertThat(json.at("/handoffs/none").asLong()).isEqualTo(1);
        assertThat(json.at("/monthlyBudget").asString()).isEqualTo("300.00");
        assertThat(fixtures().agentSession(shop).get(shop.path("/service-report?from=" + today + "&to=" + today))
                .status()).as("owners only").isEqualTo(403);
    }

    private void closedHoursAgo(String caseId, int hours) {
        dsl.update(COMPLAINT_CASE).set(COMPLAINT_CASE.CLOSED_AT, OffsetDateTime.now().minusHours(hours))
                .where(COMPLAINT_CASE.CASE_ID.eq(UUID.fromString(caseId))).execute();
    }

    private long surveyMails(String address) {
        mailbox().count(address);
        mailbox().count(address);
        return TestMailServer.mailsTo(address).stream().filter(m -> {
            try {
                return m.getSubject().contains("Your request") || m.getSubject().contains("Ihre Anfrage „Torte");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private static Map<String, String> once() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }
}
