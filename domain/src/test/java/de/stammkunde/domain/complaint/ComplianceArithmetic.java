package de.stammkunde.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import de.stammkunde.domain.contact.Channel;
import de.stammkunde.domain.shared.StaffId;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The compliance report's arithmetic on hand-made measurements: shares, rounding, target met, the splits. */
class ComplianceArithmetic {
    private static final StaffId ANNA = StaffId.newId();
    private static final StaffId BEN = StaffId.newId();
    private static final ServiceStandard CALLS = new ServiceStandard(UUID.randomUUID(), "Anrufe in 2 Minuten",
            ServiceStandard.Metric.FIRST_RESPONSE, null, Duration.ofMinutes(2), new BigDecimal("90"));

    private static ServiceStandards.Measurement m(Channel channel, StaffId agent, int seconds) {
        return new ServiceStandards.Measurement(channel, agent, Duration.ofSeconds(seconds));
    }

    @Test
    void ninetyPercentOfCallsWithinTwoMinutesIsMetAtExactlyNinety() {
        List<ServiceStandards.Measurement> calls = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            calls.add(m(Channel.PHONE, ANNA, 60 + i * 5)); // 60..100 s: within
        }
        calls.add(m(Channel.PHONE, BEN, 121)); // one second too late
        var c = ServiceStandardsDesk.compliance(CALLS, calls);
        assertThat(c.overall().measured()).isEqualTo(10);
        assertThat(c.overall().within()).isEqualTo(9);
        assertThat(c.overall().percent()).isEqualByComparingTo("90.0");
        assertThat(c.met()).as("90 % of 90 % is met").isTrue();
        assertThat(c.byAgent().get(Optional.of(ANNA)).percent()).isEqualByComparingTo("100.0");
        assertThat(c.byAgent().get(Optional.of(BEN)).percent()).isEqualByComparingTo("0.0");
    }

    @Test
    void exactlyTheThresholdCountsAsWithinAndSharesAreRoundedToOneDecimal() {
        var c = ServiceStandardsDesk.compliance(CALLS, List.of(m(Channel.PHONE, ANNA, 120), m(Channel.EMAIL, ANNA,
                500), m(Channel.EMAIL, BEN, 30)));
        assertThat(c.overall().within()).isEqualTo(2);
        assertThat(c.overall().percent()).as("2 of 3").isEqualByComparingTo("66.7");
        assertThat(c.met()).isFalse();
        assertThat(c.byChannel().get(Channel.PHONE).percent()).isEqualByComparingTo("100.0");
        assertThat(c.byChannel().get(Channel.EMAIL).percent()).isEqualByComparingTo("50.0");
        assertThat(c.byChannel().get(Channel.EMAIL).measured()).isEqualTo(2);
    }

    @Test
    void nothingMeasuredIsNeitherMetNorMissed() {
        var c = ServiceStandardsDesk.compliance(CALLS, List.of());
        assertThat(c.overall().percent()).isNull();
        assertThat(c.met()).isNull();
        assertThat(c.byChannel()).isEmpty();
    }
}
