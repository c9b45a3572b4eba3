package de.stammkunde.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.stammkunde.domain.events.DomainEvent;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every fact a feature publishes may get an after-commit subscriber, so every one must come back from the outbox's
 * JSON exactly as it went in — with every value set, and with every nullable value left out.
 */
class EveryEventSurvivesTheOutbox {
    private final JacksonPayloadCodec codec = new JacksonPayloadCodec();

    static List<Class<?>> eventTypes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.stammkunde.domain").stream()
                .filter(c -> c.isAssignableTo(DomainEvent.class) && !c.isInterface())
                .map(JavaClass::reflect)
                .toList();
    }

    @Test
    void everyEventTypeRoundTripsThroughTheOutboxJson() throws Exception {
        List<Class<?>> types = eventTypes();
        assertThat(types).extracting(Class::getSimpleName).contains("PurchaseRecorded", "PointsPosted",
                "VoucherIssued", "VoucherRedeemed", "TierChanged", "CustomerEnrolled", "ShopRegistered",
                "PurchaseReturned", "ExpiryNoticeIssued");
        for (Class<?> type : types) {
            assertThat(type.isRecord()).as("%s is an immutable record", type.getSimpleName()).isTrue();
            for (boolean withNulls : new boolean[] {false, true}) {
                Object event = sample(type, withNulls);
                String json = codec.encode(event);
                assertThat(codec.decode(json, type)).as("%s as %s", type.getSimpleName(), json).isEqualTo(event);
            }
        }
    }

    @Test
    void aPayloadWithUnknownFieldsIsRefusedRatherThanHalfRead() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> codec.decode(
                "{\"shopId\":{\"value\":\"" + UUID.randomUUID() + "\"},\"slug\":\"x\",\"future\":1}",
                de.stammkunde.domain.shop.ShopRegistered.class)).isInstanceOf(RuntimeException.class);
    }

    /** A value of the type with every component set (or, with {@code withNulls}, the nullable ones null). */
    private static Object sample(Class<?> type, boolean withNulls) throws Exception {
        if (type == String.class) {
            return "Bäckerei „Sonnenschein“ ☕";
        }
        if (type == UUID.class) {
            return UUID.fromString("0b6f3a4e-6d3a-4c55-9d0b-5f2f9b1f7a01");
        }
        if (type == long.class || type == Long.class) {
            return 1234L;
        }
        if (type == int.class || type == Integer.class) {
            return 42;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("1234.50");
        }
        if (type == Instant.class) {
            return Instant.parse("2026-11-29T21:15:30.123456Z");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 12, 24);
        }
        if (type == Currency.class) {
            return Currency.getInstance("EUR");
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            List<Object> args = new ArrayList<>();
            Class<?>[] parameterTypes = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                parameterTypes[i] = components[i].getType();
                boolean nullable = components[i].getAnnotatedType().isAnnotationPresent(Nullable.class);
                args.add(withNulls && nullable ? null : sample(components[i].getType(), withNulls));
            }
            return type.getDeclaredConstructor(parameterTypes).newInstance(args.toArray());
        }
        throw new IllegalArgumentException("no sample for " + type + ": add one (and keep events plain values)");
    }
}
